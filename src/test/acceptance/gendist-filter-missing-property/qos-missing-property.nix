{ services, infrastructure, initialDistribution, filters, ... }:

filters.mapAttrOnAttr {
  inherit services infrastructure;
  distribution = initialDistribution;
  serviceProperty = "requireZone";
  targetProperty = "continent";
}
