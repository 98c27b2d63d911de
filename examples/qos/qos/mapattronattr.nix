# Each service on the targets whose zone is its requireZone.
{ services, infrastructure, initialDistribution, previousDistribution, filters, lib }:

filters.mapAttrOnAttr {
  inherit services infrastructure;
  distribution = initialDistribution;
  serviceProperty = "requireZone";
  targetProperty = "zone";
}
