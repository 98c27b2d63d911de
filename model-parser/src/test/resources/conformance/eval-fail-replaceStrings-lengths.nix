builtins.replaceStrings [ "a" ] [] "abc"
