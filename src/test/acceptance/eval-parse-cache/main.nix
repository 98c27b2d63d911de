let lib = import ./lib.nix; in
[ (lib.twice 21) (lib.greet { name = "nix"; }) (lib.greet { name = "cache"; punct = "?"; greeting = "hi"; })
  (lib.length lib.names) (builtins.baseNameOf (builtins.elemAt lib.names 2)) lib.deep (lib.head [ 7 ]) ]
