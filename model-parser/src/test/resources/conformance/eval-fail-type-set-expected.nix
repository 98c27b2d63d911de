builtins.attrNames []
