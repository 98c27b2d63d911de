[ (toString 1) (toString true) (toString false) (toString null) (toString [ 1 "a" [ 2 ] ]) (toString "s") (toString 1.5) (toString [ 1 [] 2 ]) (toString []) ]
