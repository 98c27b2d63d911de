assert (throw "inner"); 2
