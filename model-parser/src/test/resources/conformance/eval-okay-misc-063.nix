assert false -> true; 1
