builtins.fromJSON "nul"
