# Like services.nix, but testService1 is replaced by testService1B, whose package fails to evaluate,
# and failingBuilder's builder exits with an error.
{ system, pkgs, distribution, invDistribution }:

let
  build = import ./build.nix { inherit system; };
in
rec {
  testService1B = {
    name = "testService1B";
    pkg = assert "this package" == "cannot be evaluated"; build "testService1B" "echo > $out";
    type = "echo";
  };

  testService2 = {
    name = "testService2";
    pkg = { testService1 }: build "testService2" "echo depends on ${testService1.name} > $out";
    dependsOn = { testService1 = testService1B; };
    type = "echo";
  };

  testService3 = {
    name = "testService3";
    pkg = { testService1, testService2 }: build "testService3" "echo testService3 > $out";
    dependsOn = { testService1 = testService1B; inherit testService2; };
    type = "echo";
  };

  failingBuilder = {
    name = "failingBuilder";
    pkg = build "failingBuilder" "echo this builder fails on purpose >&2; exit 1";
    type = "echo";
  };
}
