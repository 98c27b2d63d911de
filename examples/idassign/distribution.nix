# Every service deployed: testService1 alone on testtarget1, the others together on testtarget2.
{ infrastructure }:

{
  testService1 = [ infrastructure.testtarget1 ];
  testService2 = [ infrastructure.testtarget2 ];
  testService3 = [ infrastructure.testtarget2 ];
}
