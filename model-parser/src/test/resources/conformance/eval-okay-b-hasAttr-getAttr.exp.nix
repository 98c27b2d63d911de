[ true false 5 ]
