[ false true true true false ]
