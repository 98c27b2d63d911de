import ./models/processes.nix { }
