builtins.toJSON (builtins.fromJSON "1.5")
