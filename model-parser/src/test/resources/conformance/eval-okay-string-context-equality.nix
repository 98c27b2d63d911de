let f = builtins.toFile "a" "b"; in f == builtins.unsafeDiscardStringContext f
