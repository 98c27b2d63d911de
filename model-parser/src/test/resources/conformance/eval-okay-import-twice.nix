let a = import ./lib/value.nix; b = import ./lib/value.nix; in a == b
