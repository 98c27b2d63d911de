builtins.match "[[:foo:]]" "x"
