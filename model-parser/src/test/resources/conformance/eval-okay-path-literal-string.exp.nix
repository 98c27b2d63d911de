[ true true false "file.txt" ]
