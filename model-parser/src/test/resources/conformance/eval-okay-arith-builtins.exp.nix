[ 3 -2 12 3 2.5 true false ]
