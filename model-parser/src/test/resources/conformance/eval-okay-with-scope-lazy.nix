# the scope of `with` is forced only when a variable is looked up in it
let
  x = with x; { a = 1; c = a; };
  y = with { a = throw "never"; }; { b = a; c = 2; };
in [ x.a x.c y.c ]
