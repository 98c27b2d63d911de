# Like services.nix, but testService1 is replaced by testService1B, whose package cannot be built.
{ system, pkgs, distribution, invDistribution }:

let
  packages = import ./pkgs { inherit pkgs system; };
in
rec {
  testService1B = {
    name = "testService1B";
    pkg = packages.testService1B;
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
    dependsOn = { testService1 = testService1B; };
    type = "echo";
    requireZone = "US";
    requireZones = [ "Europe" "Asia" ];
    requireMem = 262143;
    requireAccess = [ "public" "private" ];
  };

  testService3 = {
    name = "testService3";
    pkg = packages.testService3;
    dependsOn = { testService1 = testService1B; inherit testService2; };
    type = "echo";
    requireZone = "Europe";
    requireZones = [ "US" "Europe" ];
    requireMem = 262145;
    requireAccess = [ "private" ];
  };
}
