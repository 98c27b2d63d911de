[ { success = false; value = false; } { success = false; value = false; } false ]
