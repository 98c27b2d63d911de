[ true true false false true ]
