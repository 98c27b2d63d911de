builtins.split "" "ab"
