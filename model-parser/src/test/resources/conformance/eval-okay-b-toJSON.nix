[ (builtins.toJSON { b = [ 1 2.5 "s" ]; a = null; c = true; }) (builtins.toJSON "q\"\n") (builtins.toJSON 0.1) (builtins.toJSON [ ]) ]
