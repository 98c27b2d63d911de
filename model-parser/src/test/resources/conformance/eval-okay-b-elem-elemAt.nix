[ (builtins.elem 2 [ 1 2 3 ]) (builtins.elem "x" [ "a" ]) (builtins.elemAt [ "a" "b" ] 1) (builtins.elem { a = 1; } [ { a = 1; } ]) ]
