# The services' packages: each writes its name into $out/config. testService1B fails on purpose.
{ system, pkgs }:

let
  echoService = name: pkgs.stdenv.mkDerivation {
    inherit name;
    buildCommand = ''
      mkdir -p $out
      echo ${name} > $out/config
    '';
  };
in
{
  testService1 = echoService "testService1";
  testService1B = assert "this package" == "cannot be built"; echoService "testService1B";
  testService2 = echoService "testService2";
  testService3 = echoService "testService3";
}
