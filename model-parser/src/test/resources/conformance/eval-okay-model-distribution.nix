let infrastructure = import ./models/infrastructure.nix; d = import ./models/distribution.nix { inherit infrastructure; }; in builtins.mapAttrs (n: ts: map (t: t.properties.hostname) ts) d
