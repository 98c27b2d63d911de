(builtins.tryEval (abort "x")).success
