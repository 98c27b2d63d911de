[ true false true ]
