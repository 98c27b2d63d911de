[ true "data" ]
