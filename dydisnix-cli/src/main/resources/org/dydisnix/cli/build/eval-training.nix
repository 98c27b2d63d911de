# The class-data sharing training of `eval` on library-style code: the operators, string, list and
# attribute built-ins, regular expressions, hashes, versions and JSON that nixpkgs lib uses.
let
  f = { a, b ? 2, ... }@args: a + b * 3 - 1 + builtins.length (builtins.attrNames args);
  set = rec {
    x = 1;
    y = x + 1;
    ${"dynamic"} = y;
    inherit (builtins) langVersion;
  };
  text = ''
    indented ${toString (f { a = 1; })}
      ''${not} interpolated
  '';
  fix = g: let r = g r; in r;
in
{
  operators = [
    ({ ${toString 1} = 2; }) (1 < 2) (2.5 * 2.0) (7 / 2) (1.5 - 1) ("a" + "b") ([ 1 ] ++ [ 2 ]) ({ a = 1; } // { b = 2; })
    (!true || false && true) (true -> false) (set ? x) (set ? z.w) (1 != 2) (-1) (set.nope or 3)
    (with set; y) (assert true; 1) (if 1 >= 2 then 1 else 2) ([ 1 "a" ] == [ 1 "a" ]) (toString (./. + "/x"))
    (builtins.add 1 2) (builtins.add 1.5 2) (builtins.sub 3 1) (builtins.sub 3.5 1) (builtins.mul 2 3)
    (builtins.mul 2.5 3) (builtins.div 7 2) (builtins.div 7.5 2) (builtins.bitAnd 6 3)
  ];
  strings = [
    (builtins.match "([a-z]+)-([0-9.]+)" "hello-1.2") (builtins.split "(,)" "a,b") (builtins.split "," "a,b")
    (builtins.replaceStrings [ "a" ] [ "b" ] "aaa") (builtins.substring 1 2 "hello")
    (builtins.hashString "sha256" "x") (builtins.compareVersions "1.2" "1.10")
    (builtins.splitVersion "1.2pre3") (builtins.parseDrvName "hello-1.2")
    (builtins.toJSON { a = [ 1 2.5 "s" null true ]; }) (builtins.fromJSON ''{"a":[1,2.5,"x",null]}'')
    text (builtins.concatStringsSep "," [ "a" "b" ]) (builtins.stringLength "abc")
    (toString [ 1 2 ]) (builtins.unsafeDiscardStringContext "x") (builtins.baseNameOf "/a/b")
    (builtins.dirOf "/a/b") "${toString 1.5}${toString null}"
  ];
  lists = [
    (builtins.sort builtins.lessThan [ 3 1 2 ]) (builtins.genList (i: i * i) 3)
    (builtins.filter (x: x > 1) [ 1 2 3 ]) (builtins.foldl' builtins.add 0 [ 1 2 3 ])
    (builtins.elemAt [ 1 2 ] 0) (map (x: x + 1) [ 1 2 ]) (builtins.concatMap (x: [ x x ]) [ 1 ])
    (builtins.partition (x: x > 1) [ 1 2 ]) (builtins.groupBy toString [ 1 2 ])
    (builtins.any (x: x) [ false true ]) (builtins.all (x: x) [ true ]) (builtins.elem 1 [ 1 ])
    (builtins.head [ 1 ]) (builtins.tail [ 1 2 ]) (builtins.concatLists [ [ 1 ] [ 2 ] ])
  ];
  attrs = [
    (builtins.mapAttrs (n: v: v) { a = 1; }) (builtins.attrNames set) (builtins.attrValues set)
    (builtins.listToAttrs [ { name = "a"; value = 1; } ]) (builtins.intersectAttrs { a = 1; } { a = 2; })
    (builtins.listToAttrs (map (name: { inherit name; value = name; })
      [ "m" "l" "k" "j" "i" "h" "g" "f" "e" "d" "c" "b" "a" "n" ]))
    (builtins.removeAttrs set [ "x" ]) (builtins.catAttrs "a" [ { a = 1; } ])
    (builtins.tryEval (throw "x")) (builtins.functionArgs f) (builtins.typeOf 1.5)
    (builtins.isFunction f) (builtins.zipAttrsWith (n: vs: vs) [ { a = 1; } { a = 2; } ])
    (builtins.genericClosure { startSet = [ { key = 1; } ]; operator = x: [ ]; })
    (builtins.seq 1 2) (builtins.deepSeq [ 1 ] 2) (builtins.getAttr "x" set) (builtins.hasAttr "x" set)
    (fix (self: { a = 1; b = self.a + 1; })).b
  ];
  predicates = [
    (builtins.isAttrs { }) (builtins.isList [ ]) (builtins.isString "") (builtins.isInt 1) (builtins.isFloat 1.5)
    (builtins.isBool true) (builtins.isPath ./.) (builtins.isNull null) (builtins.bitOr 1 2) (builtins.bitXor 1 3)
    (builtins.ceil 1.5) (builtins.floor 1.5) (builtins.addErrorContext "x" 1) (builtins.toXML { a = 1; })
    (builtins.split "," "a,b") (builtins.match "a|b" "a") (builtins.pathExists ./.) (builtins.readFileType ./.)
    (builtins.readFile (builtins.toFile "t" "x")) (builtins.hashFile "sha256" (builtins.toFile "t" "x"))
    (builtins.convertHash { hash = builtins.hashString "sha256" "x"; hashAlgo = "sha256"; toHashFormat = "nix32"; })
    (builtins.warn "class-data sharing training" 1) (builtins.getEnv "DYDISNIX_TRAINING_UNSET") (builtins.placeholder "out") (builtins.tryEval (assert false; 1))
  ];
}
