let s = import ./lib/value.nix; p = builtins.unsafeGetAttrPos "list" s; in [ p.line p.column (baseNameOf p.file) (builtins.unsafeGetAttrPos "missing" s) ]
