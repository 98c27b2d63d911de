(import ./lib/function.nix) { a = 2; }
