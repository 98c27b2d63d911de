map (x: x.name) [ { name = 1; } { } ]
