builtins.match "\\." "."
