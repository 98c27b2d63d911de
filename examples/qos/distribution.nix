# A hand-written distribution: testService1 on testtarget1, the others on testtarget2.
{ infrastructure }:

{
  testService1 = [ infrastructure.testtarget1 ];
  testService2 = [ infrastructure.testtarget2 ];
  testService3 = [ infrastructure.testtarget2 ];
}
