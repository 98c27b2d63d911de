import "relative.nix"
