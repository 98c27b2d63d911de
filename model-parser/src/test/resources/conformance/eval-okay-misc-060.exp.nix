{ success = false; value = false; }
