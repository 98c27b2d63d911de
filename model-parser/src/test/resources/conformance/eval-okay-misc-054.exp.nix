[ true ]
