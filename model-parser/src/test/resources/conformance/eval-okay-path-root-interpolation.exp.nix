[ "path" "/foo/bar" "/foo" ]
