# A stand-in for nixpkgs' lib with the one function the custom filter uses.
{ mapAttrs = builtins.mapAttrs; }
