{ testService1 = [ "testtarget1" "testtarget2" "testtarget3" ]; testService2 = [ "testtarget1" "testtarget2" "testtarget3" ]; testService3 = [ "testtarget1" "testtarget2" "testtarget3" ]; }
