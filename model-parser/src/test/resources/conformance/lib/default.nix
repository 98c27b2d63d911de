let value = import ./value.nix; in { answer = 42; inherit (value) name; }
