[ "World" ]
