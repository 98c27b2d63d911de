let s = { a.b.c = 1; a.b.d = 2; }; in s
