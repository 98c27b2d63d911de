builtins.toPath "foo"
