"a '' b\n"
