builtins.listToAttrs (map (n: { name = toString n; value = n; }) [ 3 1 2 ])
