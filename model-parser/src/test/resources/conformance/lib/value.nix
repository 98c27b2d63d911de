{ name = "value"; list = [ 1 2 3 ]; nested.deep = true; }
