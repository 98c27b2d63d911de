"first\nsecond\n"
