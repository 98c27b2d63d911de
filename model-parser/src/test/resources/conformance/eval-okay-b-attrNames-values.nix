[ (builtins.attrNames { b = 1; a = 2; c = 3; }) (builtins.attrValues { b = 1; a = 2; c = 3; }) ]
