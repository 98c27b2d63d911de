builtins.toXML ({ a ? 1, ... }: a)
