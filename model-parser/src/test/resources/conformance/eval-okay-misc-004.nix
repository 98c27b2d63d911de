let f = s@{ a ? 1, ... }: s; in f { b = 2; }
