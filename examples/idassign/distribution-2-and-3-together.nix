# testService1 is not deployed; testService2 and testService3 share testtarget2.
{ infrastructure }:

{
  testService2 = [ infrastructure.testtarget2 ];
  testService3 = [ infrastructure.testtarget2 ];
}
