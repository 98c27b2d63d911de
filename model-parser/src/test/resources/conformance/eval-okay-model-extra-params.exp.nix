[ "testService1" "testService2" "testService3" ]
