"set"
