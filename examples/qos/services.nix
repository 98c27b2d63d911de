# Three echo services: testService2 depends on testService1, testService3 on both.
# The properties are the requirements the QoS models in qos/ filter on.
{ system, pkgs, distribution, invDistribution }:

let
  packages = import ./pkgs { inherit pkgs system; };
in
rec {
  testService1 = {
    name = "testService1";
    pkg = packages.testService1;
    type = "echo";
    stateful = true;
    requireZone = "US";
    requireZones = [ "US" "Asia" ];
    requireMem = 262144;
    requireAccess = [ "public" "private" ];
  };

  testService2 = {
    name = "testService2";
    pkg = packages.testService2;
    dependsOn = { inherit testService1; };
    type = "echo";
    requireZone = "US";
    requireZones = [ "Europe" "Asia" ];
    requireMem = 262143;
    requireAccess = [ "public" "private" ];
  };

  testService3 = {
    name = "testService3";
    pkg = packages.testService3;
    dependsOn = { inherit testService1 testService2; };
    type = "echo";
    requireZone = "Europe";
    requireZones = [ "US" "Europe" ];
    requireMem = 262145;
    requireAccess = [ "private" ];
  };
}
