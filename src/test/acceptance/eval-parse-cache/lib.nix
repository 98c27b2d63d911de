# A library in the style of nixpkgs lib: rec, with, inherit from, formals, interpolation.
rec {
  inherit (builtins) length head;
  twice = x: x * 2;
  greet = { name, greeting ? "hello", ... }@args: "${greeting}, ${name}${if args ? punct then args.punct else "!"}";
  names = with { a = "x"; b = "y"; }; [ a b ./data ];
  deep = { a.b.c = 1.5; a.b.d = -3; "quoted key" = ''
    indented ${toString (twice 4)}
  ''; };
  fail = n: if n > 0 then throw "bad ${toString n}" else n;
}
