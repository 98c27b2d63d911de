[ true true true false ]
