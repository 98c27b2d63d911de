toString 1e5
