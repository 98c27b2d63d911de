# A QoS model that keeps the buildable candidates, then puts each service on its first one.
{ services, infrastructure, initialDistribution, previousDistribution, filters }:

builtins.mapAttrs (service: targets: if targets == [] then [] else [ (builtins.head targets) ])
  (filters.filterBuildable { inherit infrastructure; distribution = initialDistribution; })
