./data + (builtins.toFile "x" "y")
