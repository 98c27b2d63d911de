[ "a" "bcd" "" ]
