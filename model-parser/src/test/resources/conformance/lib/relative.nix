{ text = builtins.readFile ../data/file.txt; value = import ./value.nix; }
