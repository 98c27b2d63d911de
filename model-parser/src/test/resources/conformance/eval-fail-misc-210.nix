{ f = builtins.map; }
