[ (true && true || false) (false || true && false) ]
