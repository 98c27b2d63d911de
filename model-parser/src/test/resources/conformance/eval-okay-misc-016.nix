builtins.match "a*" ""
