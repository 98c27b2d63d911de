let s = { a = { b = 3; }; }; f = x: x + 1; in [ (f s.a.b) (s.a.c or 7) (f s.a.c or 0) ]
