[ { key = 1; } { key = 2; } { key = 3; } { key = 4; } { key = 5; } ]
