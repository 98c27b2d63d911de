{ a = [ 1 2.5 "x" null true ]; b = { c = -3; }; d = 1000; }
