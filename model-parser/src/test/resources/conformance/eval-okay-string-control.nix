builtins.fromJSON "\"\u0001\u001f x\u007f\""
