builtins.attrValues { b = 2; a = 1; }
