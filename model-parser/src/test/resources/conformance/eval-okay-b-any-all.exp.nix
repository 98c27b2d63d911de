[ true true false true ]
