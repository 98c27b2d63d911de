builtins.derivationStrict { }
