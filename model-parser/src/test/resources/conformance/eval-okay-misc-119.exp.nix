{ a = true; b = true; }
