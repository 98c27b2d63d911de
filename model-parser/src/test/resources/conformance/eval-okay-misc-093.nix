builtins.fromJSON (builtins.toJSON 0.1)
