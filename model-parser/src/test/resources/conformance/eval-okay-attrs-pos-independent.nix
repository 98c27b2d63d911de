builtins.attrNames ({ a = 1; } // { b = 2; } // builtins.listToAttrs [ { name = "c"; value = 3; } ])
