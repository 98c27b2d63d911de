{ list = [ 1 2 3 ]; name = "value"; nested = { deep = true; }; }
