[ (builtins.isPath (dirOf ./data/file.txt)) (baseNameOf (dirOf ./data/file.txt)) ]
