builtins.attrNames { "é" = 1; "z" = 2; "Z" = 3; }
