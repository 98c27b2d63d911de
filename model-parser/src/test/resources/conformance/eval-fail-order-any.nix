builtins.any 1 2
