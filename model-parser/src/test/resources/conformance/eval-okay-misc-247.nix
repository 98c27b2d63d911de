builtins.toXML null
