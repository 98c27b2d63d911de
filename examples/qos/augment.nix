# Adds the property augment = "augment" to every target.
{ infrastructure, lib }:

lib.mapAttrs (name: target:
  target // { properties = target.properties // { augment = "augment"; }; }
) infrastructure
