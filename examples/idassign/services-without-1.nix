# services.nix after testService1 was taken out of the system.
{ system, pkgs, distribution, invDistribution }:

rec {
  testService2 = {
    name = "testService2";
    type = "echo";
    requiresUniqueIdsFor = [ "ports" ];
  };

  testService3 = {
    name = "testService3";
    type = "echo";
    dependsOn = { inherit testService2; };
    requiresUniqueIdsFor = [ "ports" ];
  };
}
