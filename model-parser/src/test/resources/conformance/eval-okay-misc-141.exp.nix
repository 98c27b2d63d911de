"\na\n"
