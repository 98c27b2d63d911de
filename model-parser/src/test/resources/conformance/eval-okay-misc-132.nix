builtins.match "([[:upper:]][[:lower:]]*)+" "HelloWorld"
