{infrastructure}:

{
  testService1 = [ infrastructure.green ];
  testService2 = [ infrastructure.red infrastructure.blue ];
  testService3 = [ infrastructure.blue ];
}
