builtins.toFile "x" "${builtins.toFile "y" "z"}"
