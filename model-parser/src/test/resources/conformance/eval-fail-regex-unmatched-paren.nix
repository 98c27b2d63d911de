builtins.match "a)" "a)"
