builtins.fromJSON "{not json"
