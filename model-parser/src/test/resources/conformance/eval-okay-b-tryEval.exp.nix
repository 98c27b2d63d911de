[ { success = true; value = 1; } { success = false; value = false; } { success = false; value = false; } true ]
