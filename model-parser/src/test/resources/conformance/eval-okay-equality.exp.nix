[ true true true true true false true false true true true ]
