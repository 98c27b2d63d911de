[ 7 -4 true true ]
