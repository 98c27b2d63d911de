builtins.foldl' 1 2 3
