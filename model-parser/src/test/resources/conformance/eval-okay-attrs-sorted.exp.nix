{ Beta = 3; _u = 4; a1 = 5; a10 = 6; a2 = 7; alpha = 2; zeta = 1; }
