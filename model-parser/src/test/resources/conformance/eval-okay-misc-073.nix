builtins.getAttr "or" { or = 5; }
