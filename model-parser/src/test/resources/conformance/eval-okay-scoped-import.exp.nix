[ [ "scoped" "n=1" "file-x" 2 "scoped" ] [ 2 "1" "file-x" 2 2 ] ]
