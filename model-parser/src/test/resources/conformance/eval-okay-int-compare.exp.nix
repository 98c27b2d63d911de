[ true false true false true true true ]
