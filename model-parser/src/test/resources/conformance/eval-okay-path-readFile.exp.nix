"Hello from a data file.\n"
