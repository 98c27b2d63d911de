let or = x: x + 1; f = g: g 1; in [ (f or) (map or [ 1 2 ]) ]
