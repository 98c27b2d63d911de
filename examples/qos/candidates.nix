# Every service may go to either target: the input of the standalone divide and minsetcover.
{ infrastructure }:

{
  testService1 = [ infrastructure.testtarget1 infrastructure.testtarget2 ];
  testService2 = [ infrastructure.testtarget1 infrastructure.testtarget2 ];
  testService3 = [ infrastructure.testtarget1 infrastructure.testtarget2 ];
}
