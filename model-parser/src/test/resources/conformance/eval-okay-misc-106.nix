[ null ] == [ null ]
