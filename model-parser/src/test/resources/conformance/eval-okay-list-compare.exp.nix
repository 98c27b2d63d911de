[ true true true true ]
