builtins.toJSON [ 1.0e100 1.0e-100 ]
