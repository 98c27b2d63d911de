# No target supports a type named after a zone, so mapAttrOnList leaves no candidate and divide
# cannot place anything.
{ services, infrastructure, initialDistribution, filters, ... }:

filters.divide {
  strategy = "greedy";
  inherit services infrastructure;
  distribution = filters.mapAttrOnList {
    inherit services infrastructure;
    distribution = initialDistribution;
    serviceProperty = "requireZone";
    targetPropertyList = "supportedTypes";
  };
  serviceProperty = "requireMem";
  targetProperty = "mem";
}
