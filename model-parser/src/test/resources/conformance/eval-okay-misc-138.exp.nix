"x\n  y\n"
