let s = { a = { b = { c = 42; }; }; "q q" = 1; }; in [ s.a.b.c s."q q" s.${"a"}.b.c (s.a.x or "def") (s.z.y or null) ]
