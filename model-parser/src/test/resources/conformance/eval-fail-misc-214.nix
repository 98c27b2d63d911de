builtins.readFile "rel"
