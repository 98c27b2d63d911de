# fromTOML: TOML 1.0 tables, arrays of tables, dotted keys, every string and number form
builtins.fromTOML ''
  # comment
  title = "TOML \"x\" \u00e9"
  lit = 'C:\path'
  int = 1_000
  hex = 0xff
  oct = 0o17
  bin = 0b101
  neg = -5
  flt = 3.14
  exp = 1e3
  t = true
  arr = [ 1, 2, [ "a", 'b' ], ]
  inl = { x = 1, y.z = "q" }
  a.b.c = 1
  "quoted key" = 2
  ml = """
  line1
  line2\
     joined"""
  [server]
  host = "h"
  [server.sub]
  port = 80
  [[products]]
  name = "a"
  [[products]]
  name = "b"
  [products.extra]
  k = 1
''
