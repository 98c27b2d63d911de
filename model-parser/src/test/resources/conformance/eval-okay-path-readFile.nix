builtins.readFile ./data/file.txt
