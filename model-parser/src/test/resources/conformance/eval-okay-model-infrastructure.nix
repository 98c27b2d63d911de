import ./models/infrastructure.nix
