"begin X end\n  multi\nline\nlast"
