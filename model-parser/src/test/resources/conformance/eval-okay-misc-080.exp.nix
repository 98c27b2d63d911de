{ a = [ "apple" "avocado" ]; b = [ "banana" ]; }
