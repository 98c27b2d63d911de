abort "a"
