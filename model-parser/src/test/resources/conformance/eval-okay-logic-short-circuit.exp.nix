[ false true true ]
