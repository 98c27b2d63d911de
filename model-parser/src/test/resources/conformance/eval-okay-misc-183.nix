toString [ true false null ]
