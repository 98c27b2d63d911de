let s = { a = { b = null; }; }; in [ (s.a.b.c or 1) (s.x.y.z or 2) (s.a.b or 3) ]
