"\tkept tab\n  two\n"
