builtins.splitVersion "1.2.3-pre.4"
