[ true false "b" true ]
