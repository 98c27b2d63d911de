builtins.attrNames (derivation { name = "x"; system = "x"; builder = "x"; })
