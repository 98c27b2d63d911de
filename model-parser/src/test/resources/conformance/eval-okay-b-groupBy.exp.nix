{ big = [ 3 4 ]; small = [ 1 2 ]; }
