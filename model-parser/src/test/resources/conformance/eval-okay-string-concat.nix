let a = "foo"; in [ (a + "bar") ("" + "") (a + a + a) ]
