builtins.toXML (x@{ b, a }: a)
