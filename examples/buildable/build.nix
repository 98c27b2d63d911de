# A package built by running a shell script, for the given system.
{ system }:

name: script: derivation {
  inherit name system;
  builder = "/bin/sh";
  args = [ "-c" script ];
}
