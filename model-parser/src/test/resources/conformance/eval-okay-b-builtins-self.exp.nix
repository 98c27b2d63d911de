[ true true true 1 ]
