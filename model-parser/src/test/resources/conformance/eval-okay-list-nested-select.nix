let s = { a = [ 1 2 ]; }; in [ s.a (builtins.elemAt s.a 1) ]
