builtins.groupBy 1 2
