builtins.toXML true
