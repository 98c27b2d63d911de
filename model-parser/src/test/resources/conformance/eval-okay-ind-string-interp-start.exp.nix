"V x\n  y\n"
