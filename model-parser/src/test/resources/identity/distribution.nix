{infrastructure}:

{
  testService1 = [ infrastructure.second ];
  testService2 = {
    targets = [ { target = infrastructure.first; container = "process"; } ];
  };
  testService3 = [ infrastructure.first infrastructure.second ];
}
