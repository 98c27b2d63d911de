builtins.toXML 1.5
