# without --strict, values not computed yet are printed as <CODE>
let x = { a = 1; }; in {
  a = throw "x";
  b = 1 + 1;
  c = 3;
  d = [ 1 (2 + 2) ];
  e = y: y;
  f = builtins.map;
  g = x;
  s = "s";
  p = ./data;
}
