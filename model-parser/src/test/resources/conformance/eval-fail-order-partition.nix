builtins.partition 1 2
