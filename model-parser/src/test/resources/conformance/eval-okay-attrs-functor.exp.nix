[ 15 true ]
