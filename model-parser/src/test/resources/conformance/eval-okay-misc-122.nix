(derivation { name = "x"; system = "x"; builder = "x"; }).type
