let x = 1; in with { x = 2; }; with { x = 3; }; x
