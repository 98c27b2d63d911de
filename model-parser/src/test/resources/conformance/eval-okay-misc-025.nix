builtins.replaceStrings ["" "a"] ["X" "Y"] "abc"
