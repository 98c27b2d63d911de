let f = { a, ... }@args: args.b; in f { a = 1; }
