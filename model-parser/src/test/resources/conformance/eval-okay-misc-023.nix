builtins.match "[\\]" "\\"
