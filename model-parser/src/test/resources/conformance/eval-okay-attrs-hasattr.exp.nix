[ true false true false true true false ]
