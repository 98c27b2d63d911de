# testService1 is not deployed; testService2 and testService3 run on different machines.
{ infrastructure }:

{
  testService2 = [ infrastructure.testtarget1 ];
  testService3 = [ infrastructure.testtarget2 ];
}
