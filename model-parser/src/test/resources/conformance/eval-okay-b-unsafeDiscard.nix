builtins.unsafeDiscardStringContext (builtins.toFile "x" "y")
