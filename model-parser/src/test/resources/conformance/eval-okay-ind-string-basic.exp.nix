"hello\nworld\n"
