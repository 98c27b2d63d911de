builtins.toString { outPath = 1; }
