[ true true ]
