let x = throw "never"; y = 2; in y
