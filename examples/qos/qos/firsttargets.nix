# Each service on its first candidate only.
{ services, infrastructure, initialDistribution, previousDistribution, filters, lib }:

builtins.mapAttrs (service: targets: [ (builtins.head targets) ]) initialDistribution
