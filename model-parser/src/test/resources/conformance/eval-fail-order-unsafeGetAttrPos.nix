builtins.unsafeGetAttrPos 1 2
