"\na\n\n  b\n\n"
