builtins.lessThan [ 1 ] [ 1 2 ]
