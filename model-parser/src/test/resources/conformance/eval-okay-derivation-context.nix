# string context of derivation outputs, store derivations and copied sources
let
  a = derivation { name = "a"; builder = "b"; system = "c"; outputs = [ "out" "dev" ]; };
  s = "${a} ${a.dev} ${a.drvPath} ${builtins.toFile "x" "y"} ${./data/file.txt}";
in [
  (builtins.getContext s)
  (builtins.hasContext s)
  (builtins.getContext (builtins.unsafeDiscardOutputDependency a.drvPath))
  (builtins.getContext (builtins.appendContext "x" { ${builtins.unsafeDiscardStringContext a.drvPath} = { outputs = [ "out" "dev" ]; allOutputs = true; }; }))
  (builtins.hasContext (builtins.unsafeDiscardStringContext s))
  (derivation { name = "u"; builder = "b"; system = "c"; src = "${a} ${a.dev} ${./data/file.txt}"; }).drvPath
]
