builtins.splitVersion "abc123def"
