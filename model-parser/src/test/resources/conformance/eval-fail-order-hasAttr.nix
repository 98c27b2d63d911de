builtins.hasAttr 1 2
