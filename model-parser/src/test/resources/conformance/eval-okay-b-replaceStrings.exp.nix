[ "ABcAB" "f00" "-a-b-c-" "1b" "same" ]
