let f = x: x; in f or 1
