# A custom filter library: clear removes every candidate of every service.
{ pkgs, referenceFilters }:

{
  clear = { distribution }:
    pkgs.lib.mapAttrs (service: targets: [ ]) distribution;
}
