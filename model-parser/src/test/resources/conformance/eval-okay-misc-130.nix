builtins.length (builtins.split "/" "a/b/c")
