{ "" = 3; "a.b" = 2; dyn = 4; "with space" = 1; }
