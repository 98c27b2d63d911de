builtins.toJSON "é😀\u0000"
