[ { a = false; b = true; } { } { } ]
