builtins.typeOf (./a + "b")
