[ "file.txt" true "path" "Hello from a data file.\n" ]
