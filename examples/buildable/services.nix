# Three services whose packages are plain derivations built by /bin/sh (no nixpkgs needed), for
# --filter-buildable; testService2 and testService3 have packages that are functions of their
# dependencies, as Disnix calls them. Each package is built for its target's system.
{ system, pkgs, distribution, invDistribution }:

let
  build = import ./build.nix { inherit system; };
in
rec {
  testService1 = {
    name = "testService1";
    pkg = build "testService1" "echo testService1 > $out";
    type = "echo";
  };

  testService2 = {
    name = "testService2";
    pkg = { testService1 }:
      build "testService2" "echo depends on ${testService1.name} at ${testService1.target.properties.hostname} > $out";
    dependsOn = { inherit testService1; };
    type = "echo";
  };

  testService3 = {
    name = "testService3";
    pkg = { testService1, testService2 }: build "testService3" "echo testService3 > $out";
    dependsOn = { inherit testService1 testService2; };
    type = "echo";
  };
}
