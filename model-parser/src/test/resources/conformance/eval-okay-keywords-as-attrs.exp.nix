{ "if" = 1; let = 3; then = 2; }
