builtins.toJSON 1e-7
