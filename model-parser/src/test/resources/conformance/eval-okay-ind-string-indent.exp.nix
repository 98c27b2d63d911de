"line one\n  indented\nline three\n"
