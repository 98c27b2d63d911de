" a\nb\n"
