# Built-ins and functions applied in every shape: all arguments at once, one at a time, through
# let-bound and passed lambdas; list results of every size; unused arguments and attributes stay
# unevaluated.
let
  sub = builtins.substring 1;
  rep = builtins.replaceStrings [ "a" ];
  fold = builtins.foldl' (acc: x: acc + x);
  add = x: y: x + y;
  inc = add 1;
  f = x: x;
  pick = { a, b ? throw "b unused", ... }@all: a + builtins.length (builtins.attrNames all);
  keepAll = builtins.filter (x: true) [ 1 2 3 ];
  keepNone = builtins.filter (x: false) [ 1 2 3 ];
  keepSome = builtins.filter (x: x > 1) [ 1 2 3 ];
  mapped = builtins.mapAttrs (n: v: n + v) { a = "1"; b = throw "b unused"; };
  zipped = builtins.zipAttrsWith (n: vs: builtins.length vs) [ { a = 1; } { a = 2; b = 3; } ];
in
{
  substring = [ (sub 2 "abcdef") (builtins.substring 0 3 "abcdef") ];
  replace = [ (rep [ "b" ] "banana") (builtins.replaceStrings [ "n" ] [ "m" ] "banana") ];
  foldl = [ (fold 0 [ 1 2 3 ]) (fold 10 [ ]) (builtins.foldl' add 0 [ 4 5 ]) ];
  seq = [ (builtins.seq 1 2) ((builtins.seq 1) 3) (builtins.addErrorContext "unused" 4) ];
  calls = [ (inc 2) (add 3 4) (builtins.map inc [ 1 2 ]) (builtins.map (x: x * 2) [ 3 ]) ];
  lazyMap = builtins.length (builtins.map (throw "f unused") [ ]);
  lazyArgument = (x: y: y) (throw "x unused") 5;
  formals = [ (pick { a = 1; }) (pick { a = 2; b = 0; c = 0; }) ];
  filters = [ keepAll keepNone keepSome (builtins.filter (x: true) [ ]) ];
  concat = [
    (builtins.concatMap (x: [ ]) [ 1 2 ])
    (builtins.concatMap (x: if x == 2 then [ ] else [ x x ]) [ 1 2 3 ])
    (builtins.concatLists [ [ ] [ 1 ] [ ] [ 2 3 ] [ ] ])
    (builtins.concatLists [ ])
  ];
  mapAttrs = mapped.a;
  zipAttrs = zipped;
  functions = [ ([ f ] == [ f ]) ((x: x) == (x: x)) (f == f) ];
}
