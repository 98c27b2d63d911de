[ true true true ]
