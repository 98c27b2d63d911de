builtins.findFile [ { path = ./data; prefix = "d"; } ] "e/file.txt"
