# Each service on the targets whose zone is in its requireZones list.
{ services, infrastructure, initialDistribution, previousDistribution, filters, lib }:

filters.mapListOnAttr {
  inherit services infrastructure;
  distribution = initialDistribution;
  servicePropertyList = "requireZones";
  targetProperty = "zone";
}
