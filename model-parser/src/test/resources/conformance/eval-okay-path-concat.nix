let d = ./data; in [ (baseNameOf (d + "/file.txt")) (builtins.pathExists (d + "/file.txt")) (builtins.typeOf (d + "/x")) (builtins.readFile (d + "/file.txt")) ]
