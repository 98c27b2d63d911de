[ (builtins.any (x: x > 2) [ 1 2 3 ]) (builtins.all (x: x > 2) [ 3 4 ]) (builtins.any (x: true) []) (builtins.all (x: false) []) ]
