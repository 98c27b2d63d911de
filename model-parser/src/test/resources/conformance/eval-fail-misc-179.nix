builtins.toString { }
