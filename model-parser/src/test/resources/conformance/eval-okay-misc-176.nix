let a = a; in 1
