{ "a.txt" = "regular"; sub = "directory"; }
