import ./nonexistent
