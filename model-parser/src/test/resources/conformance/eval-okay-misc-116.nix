builtins.genericClosure { startSet = [ { key = "a"; } ]; operator = x: [ ]; }
