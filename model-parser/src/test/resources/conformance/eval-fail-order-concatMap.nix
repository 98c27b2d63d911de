builtins.concatMap 1 2
