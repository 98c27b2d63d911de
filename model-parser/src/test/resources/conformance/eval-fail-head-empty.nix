builtins.head []
