builtins.ceil "a"
