[ "/x" "y" false ]
