builtins.elem (x: x) [ 1 ]
