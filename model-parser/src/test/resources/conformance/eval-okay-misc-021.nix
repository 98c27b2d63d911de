builtins.match "a{2}" "aa"
