[ "let" "with-y" [ "arg" "w2" "static-z" ] [ 1 2 4 0 ] [ 1 2 5 7 ] 6 21 20 [ "inner-let" "outer-with" ] 3 1 [ "x" "y" ] ]
