builtins.toJSON 1.0
