let s = rec { a = { b = 1; }; c = a.b + 1; }; in s.c
