"a\n\n\nb\n"
