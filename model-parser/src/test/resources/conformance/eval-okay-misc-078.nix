let f = n: if n == 0 then [] else [ n ] ++ f (n - 1); in f 5
