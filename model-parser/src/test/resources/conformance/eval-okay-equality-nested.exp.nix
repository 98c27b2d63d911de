[ true true false ]
