with { x = 2; }; with { y = 3; }; x
