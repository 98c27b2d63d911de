# Three services that each need a unique port; testService3 uses the other two.
{ system, pkgs, distribution, invDistribution }:

rec {
  testService1 = {
    name = "testService1";
    type = "echo";
    requiresUniqueIdsFor = [ "ports" ];
  };

  testService2 = {
    name = "testService2";
    type = "echo";
    dependsOn = { inherit testService1; };
    requiresUniqueIdsFor = [ "ports" ];
  };

  testService3 = {
    name = "testService3";
    type = "echo";
    dependsOn = { inherit testService1 testService2; };
    requiresUniqueIdsFor = [ "ports" ];
  };
}
