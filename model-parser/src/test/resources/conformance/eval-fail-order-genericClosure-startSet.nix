builtins.genericClosure { startSet = 1; }
