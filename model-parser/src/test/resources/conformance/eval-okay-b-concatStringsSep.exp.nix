[ "a, b, c" "" "xy" ]
