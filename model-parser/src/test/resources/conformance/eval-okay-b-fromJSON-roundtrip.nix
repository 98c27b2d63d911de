let v = { x = [ 1 "two" { three = 3; } ]; y = null; }; in builtins.fromJSON (builtins.toJSON v) == v
