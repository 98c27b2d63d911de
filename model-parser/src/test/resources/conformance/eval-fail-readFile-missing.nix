builtins.readFile ./does-not-exist.txt
