builtins.toJSON { "b" = 1; "a" = { c = [ ]; }; }
