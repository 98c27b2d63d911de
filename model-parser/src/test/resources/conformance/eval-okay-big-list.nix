builtins.length (builtins.genList (x: x) 10000)
