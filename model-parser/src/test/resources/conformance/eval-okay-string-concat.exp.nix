[ "foobar" "" "foofoofoo" ]
