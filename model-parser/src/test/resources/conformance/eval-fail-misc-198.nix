(builtins.mapAttrs (x: x) { a = 1; }).a
