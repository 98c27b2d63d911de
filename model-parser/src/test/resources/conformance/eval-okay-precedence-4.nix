let f = x: x * 2; in [ (f 3 + 1) (- f 2) ({ a.b = 1; } ? a.b) ({ a = 1; } ? b || true) ]
