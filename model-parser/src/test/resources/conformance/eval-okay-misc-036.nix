builtins.toXML "x"
