{ right = [ 3 4 ]; wrong = [ 1 2 ]; }
