"${./data/file.txt}"
