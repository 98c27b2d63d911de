[ (1 + 1) 2 "x" (throw "never") ]
