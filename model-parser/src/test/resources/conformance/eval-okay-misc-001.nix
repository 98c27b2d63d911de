let a = { x = 1; }; in a // { y = a.x; }
