[ true true true true false true true true false true false ]
