builtins.toXML builtins.map
