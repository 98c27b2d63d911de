[ "/some/path" "/some/path" { outPath = "/some/path"; } ]
