builtins.filter (x: x != null) [ 1 null 2 ]
