builtins.isAttrs (derivation { name = "x"; system = "x"; builder = "x"; })
