[ 2 [ "__overrides" "a" "c" ] 3 ]
