builtins.toXML [ (x: x) ({ a, b ? 1, ... }@args: a) ({ z, y }: z) ]
