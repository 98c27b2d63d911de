let l = builtins.genList (x: x) 5; in [ (builtins.head l) (builtins.elemAt l 4) ]
