let f = args@{ a, b ? 5 }: [ a b (builtins.attrNames args) ]; in f { a = 1; }
