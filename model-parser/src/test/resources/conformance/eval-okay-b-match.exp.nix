[ [ "b" ] [ null ] [ ] null [ "foo" "42" ] null ]
