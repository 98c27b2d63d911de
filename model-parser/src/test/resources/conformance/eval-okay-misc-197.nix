builtins.attrNames (builtins.mapAttrs (x: x) { a = 1; })
