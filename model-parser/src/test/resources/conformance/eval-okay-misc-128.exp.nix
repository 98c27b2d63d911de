"/nix/store"
