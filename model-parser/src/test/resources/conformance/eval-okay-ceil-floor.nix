[ (builtins.ceil 1.2) (builtins.floor 1.8) (builtins.ceil (-1.5)) (builtins.floor (-1.5)) ]
