{ key = 1; key2 = 2; t = 3; }
