[ "one line" "spaced  " "" ]
