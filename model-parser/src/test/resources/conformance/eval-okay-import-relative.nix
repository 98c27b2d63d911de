(import ./lib/relative.nix).text
