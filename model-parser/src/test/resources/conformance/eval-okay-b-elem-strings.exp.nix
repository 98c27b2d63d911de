[ true false true true false true false 301 ]
