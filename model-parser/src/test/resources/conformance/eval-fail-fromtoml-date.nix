builtins.fromTOML "x = 1979-05-27"
