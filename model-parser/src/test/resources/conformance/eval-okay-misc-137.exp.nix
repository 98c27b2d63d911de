"\ttab\n"
