[ (builtins.match "[[:alpha:]]+([[:digit:]]+)" "abc123") (builtins.match "[[:space:]]*(.*)" "  trimmed") (builtins.match "([^/]+)/(.*)" "a/b/c") ]
