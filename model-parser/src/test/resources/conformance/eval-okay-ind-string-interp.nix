let x = "X"; y = "multi\nline"; in ''
  begin ${x} end
    ${y}
  last''
