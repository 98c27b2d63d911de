"a\r\nb\n"
