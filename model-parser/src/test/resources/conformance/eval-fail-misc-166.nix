builtins.head (builtins.tail [ 1 ])
