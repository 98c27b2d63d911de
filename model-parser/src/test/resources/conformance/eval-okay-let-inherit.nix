let s = { a = 1; b = 2; }; in let inherit (s) a b; c = a + b; in c
