# a missing search path entry is an error tryEval catches
[
  (builtins.tryEval <nonexistent-entry>)
  (builtins.tryEval (builtins.findFile [ ] "x"))
  (builtins.tryEval <nonexistent-entry/sub>).success
]
