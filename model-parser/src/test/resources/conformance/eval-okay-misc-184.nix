builtins.substring 0 (-5) "abc"
