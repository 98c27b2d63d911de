import ./models/config.nix
