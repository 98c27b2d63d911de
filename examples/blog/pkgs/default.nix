# The packages the blog example's services model imports: each service is a small build that writes
# its name, made with the package set the deployment tools pass in (nixpkgs). Reading or planning
# with the models never builds them, nor needs the package set: a service's pkg is never forced.
{ pkgs, system }:

let
  service = name: pkgs.stdenv.mkDerivation {
    inherit name;
    buildCommand = "echo ${name} > $out";
  };
in
{
  testService1 = service "testService1";
  testService2 = service "testService2";
  testService3 = service "testService3";
}
