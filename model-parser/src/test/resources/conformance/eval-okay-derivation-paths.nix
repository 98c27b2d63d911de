# drvPath and outPath exactly as Nix computes them: ATerm, hash modulo, multiple outputs,
# fixed outputs (flat and recursive, every hash encoding), structured attrs, ignored nulls
let
  a = derivation { name = "a"; builder = "b"; system = "c"; };
  multi = derivation { name = "m"; builder = "b"; system = "c"; outputs = [ "out" "dev" ]; };
  user = derivation {
    name = "e"; builder = "/bin/sh"; system = "x86_64-linux";
    args = [ "-c" "echo ${a} ${multi.dev} > $out" ];
    x = "a\"b\\c\nd\te"; n = 1; t = true; f = false; l = [ 1 "x" [ 2 ] ]; nul = null;
  };
  fixedRecursive = derivation {
    name = "f"; builder = "b"; system = "c"; outputHashMode = "recursive";
    outputHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
  };
  fixedFlat = derivation {
    name = "g"; builder = "b"; system = "c"; outputHashAlgo = "sha256";
    outputHash = "1b8m03r63zqhnjf7l5wnldhh7c134ap5vpj0850ymkq1iyzicy5s";
  };
  fixedSha1 = derivation {
    name = "h"; builder = "b"; system = "c"; outputHashMode = "recursive";
    outputHash = "sha1-2jmj7l5rSw0yVb/vlWAYkK/YBwk=";
  };
  fixedHex = derivation {
    name = "i"; builder = "b"; system = "c"; outputHashAlgo = "sha256";
    outputHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  };
  onFixed = derivation { name = "j"; builder = "b"; system = "c"; srcs = [ fixedRecursive fixedFlat ]; };
  structured = derivation {
    name = "s"; builder = "b"; system = "c"; __structuredAttrs = true;
    outputs = [ "out" "lib" ]; x = [ 1 { y = null; } ]; dep = a;
  };
  ignoring = derivation { name = "n"; builder = "b"; system = "c"; __ignoreNulls = true; x = null; };
  withSource = derivation { name = "w"; builder = "b"; system = "c"; src = ./data/file.txt; };
  show = d: [ d.name d.outPath d.drvPath d.type d.outputName ];
in [
  (show a) (show multi) (show multi.dev) (map (o: o.outPath) multi.all)
  (show user) (show fixedRecursive) (show fixedFlat) (show fixedSha1) (show fixedHex)
  (show onFixed) (show structured) structured.lib.outPath (show ignoring) (show withSource)
]
