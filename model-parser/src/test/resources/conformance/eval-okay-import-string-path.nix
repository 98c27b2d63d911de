builtins.typeOf (import ./lib/value.nix)
