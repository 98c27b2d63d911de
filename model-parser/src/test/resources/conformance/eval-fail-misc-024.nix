builtins.match "(.)\\1" "aa"
