builtins.tail []
