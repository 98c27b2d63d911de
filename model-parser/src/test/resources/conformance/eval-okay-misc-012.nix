[ (builtins.div 7 (-2)) (-7 / 2) ]
