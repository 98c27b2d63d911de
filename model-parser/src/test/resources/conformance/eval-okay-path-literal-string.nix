let p = ./data/file.txt; in [ (builtins.isPath p) (builtins.pathExists p) (builtins.pathExists ./data/missing) (baseNameOf p) ]
