builtins.match "[^]a]" "b"
