builtins.match "[]a]" "]"
