(derivation { name = "café"; system = "x86_64-linux"; builder = "/bin/sh"; }).drvPath
