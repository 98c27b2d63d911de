[ (builtins.match "a(b)c" "abc") (builtins.match "a(b)?c" "ac") (builtins.match "[a-z]+" "abc") (builtins.match "[a-z]+" "ab1") (builtins.match "(.*)-([0-9]+)" "foo-42") (builtins.match "x" "xx") ]
