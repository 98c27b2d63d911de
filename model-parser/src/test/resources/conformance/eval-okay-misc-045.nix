with { a = 1; }; rec { b = a; }
