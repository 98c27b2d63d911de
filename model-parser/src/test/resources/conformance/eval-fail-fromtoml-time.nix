builtins.fromTOML "x = 07:32:00"
