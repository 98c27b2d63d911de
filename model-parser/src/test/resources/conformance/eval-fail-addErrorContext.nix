builtins.addErrorContext "while doing x" (throw "boom")
