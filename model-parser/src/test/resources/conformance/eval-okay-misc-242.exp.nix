[ "abc" "123" "def" ]
