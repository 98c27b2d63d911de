builtins.sort builtins.lessThan [ 3 2 1 ]
