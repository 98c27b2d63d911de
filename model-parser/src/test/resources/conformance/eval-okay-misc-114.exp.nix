{ right = [ true true ]; wrong = [ false ]; }
