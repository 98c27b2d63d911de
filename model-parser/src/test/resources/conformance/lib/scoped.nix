# Evaluated through scopedImport: `extra` and the overridden `toString` come from its scope,
# `x` from a let here shadows the scope's `x`.
let x = "file-x"; in [ extra (toString 1) x (builtins.length [ 1 2 ]) (with { extra = "with"; }; extra) ]
