builtins.concatStringsSep "," (map toString [ 1 2 3 ])
