# Variables resolved to scope and slot: static bindings shadow `with` at any depth, `with` scopes
# nest innermost first, formals see each other and the @-name, rec and let slots follow their
# bindings, __overrides replaces a rec slot, inherit reads the outer scope.
let
  x = "let";
  s = { x = "with"; y = "with-y"; z = "outer-with"; };
  f = { a, b ? a + 1, c ? b * 2, ... }@args: [ a b c (args.d or 0) ];
  g = args@{ a, ... }: args.a + a;
  r = rec { p = q + 1; q = 10; __overrides = { q = 20; }; };
  nested = y: with { y = "inner"; w = "w"; }; with { w = "w2"; }; [ y w z ];
  z = "static-z";
in
with s;
[
  x
  y
  (nested "arg")
  (f { a = 1; })
  (f { a = 1; c = 5; d = 7; })
  (g { a = 3; })
  r.p
  r.q
  (let x = "inner-let"; inherit (s) z; in [ x z ])
  (let a = b; b = c; c = 3; in a)
  (rec { a = 1; b = { a = 2; c = a; }; }).b.c
  ((x: y: with { x = "w"; }; [ x y ]) "x" "y")
]
