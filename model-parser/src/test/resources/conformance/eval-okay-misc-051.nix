builtins.functionArgs (builtins.functionArgs)
