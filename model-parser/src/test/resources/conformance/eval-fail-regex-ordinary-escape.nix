builtins.match "\\d" "d"
