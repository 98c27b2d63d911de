builtins.genericClosure { operator = 1; }
