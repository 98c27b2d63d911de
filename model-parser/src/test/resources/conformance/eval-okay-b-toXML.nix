builtins.toXML { a = 1; b = "s<&>\""; c = [ true null 1.5 ]; d = {}; e = []; }
