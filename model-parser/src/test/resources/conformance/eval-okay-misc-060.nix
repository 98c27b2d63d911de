builtins.tryEval (builtins.throw "x")
