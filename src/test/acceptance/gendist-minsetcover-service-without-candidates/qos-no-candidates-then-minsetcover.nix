# mapAttrOnAttr leaves testService3 (requireZone Europe) without candidates on a US-only
# candidate list; the original's minimum set cover would loop forever, ours names the service.
{ services, infrastructure, initialDistribution, filters, ... }:

filters.minsetcover {
  inherit services infrastructure;
  distribution = filters.mapAttrOnAttr {
    inherit services infrastructure;
    distribution = builtins.mapAttrs (service: targets: [ "testtarget1" ]) initialDistribution;
    serviceProperty = "requireZone";
    targetProperty = "zone";
  };
  targetProperty = "cost";
}
