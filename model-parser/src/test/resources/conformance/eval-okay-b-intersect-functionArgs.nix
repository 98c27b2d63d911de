let f = { a, b ? 2 }: a + b; params = { a = 1; c = 3; }; in f (builtins.intersectAttrs (builtins.functionArgs f) params)
