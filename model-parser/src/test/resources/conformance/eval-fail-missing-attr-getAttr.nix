builtins.getAttr "x" {}
