[ true false 0.3 ]
