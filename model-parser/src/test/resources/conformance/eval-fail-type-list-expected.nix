builtins.length {}
