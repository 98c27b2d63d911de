# foldl' forces each intermediate result, but not an initial value that is never used
[
  (builtins.foldl' (acc: x: x) (throw "never") [ 1 ])
  (builtins.foldl' (acc: x: acc + x) 0 [ 1 2 3 ])
  (builtins.foldl' (acc: x: acc) 5 [ ])
]
