''
  a '''quoted''' b
  dollar ''${x}
  newline ''\n tab ''\t
  plain $ and ' single
''
