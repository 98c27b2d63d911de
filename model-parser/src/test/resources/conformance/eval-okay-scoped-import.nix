# scopedImport: the file's variables resolve against the given scope, then the global scope.
let
  scope = { extra = "scoped"; toString = n: "n=${builtins.toString n}"; x = "scope-x"; };
in
[ (builtins.scopedImport scope ./lib/scoped.nix) (scopedImport { extra = 2; } ./lib/scoped.nix) ]
