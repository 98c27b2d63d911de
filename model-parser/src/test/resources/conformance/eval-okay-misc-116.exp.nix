[ { key = "a"; } ]
