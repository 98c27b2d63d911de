let f = { a ? 1 }@s: s; in f {}
