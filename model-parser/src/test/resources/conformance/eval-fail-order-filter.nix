builtins.filter 1 2
