let f = {}: 42; in f {}
