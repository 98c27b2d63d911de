builtins.toXML "a\nb\t'&"
