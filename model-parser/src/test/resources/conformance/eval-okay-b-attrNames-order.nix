builtins.attrNames { "b" = 1; "B" = 2; "_" = 3; "a-b" = 4; "a_b" = 5; "1" = 6; }
