# The packages the blog example's services model imports: each service is a small build that writes
# its name. Reading or planning with the models never builds them (they are only evaluated when a
# deployment tool asks for them).
{ pkgs, system }:

let
  service = name: derivation {
    inherit name system;
    builder = "/bin/sh";
    args = [ "-c" "echo ${name} > $out" ];
  };
in
{
  testService1 = service "testService1";
  testService2 = service "testService2";
  testService3 = service "testService3";
}
