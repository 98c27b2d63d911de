# As few, as cheap targets as possible (cost).
{ services, infrastructure, initialDistribution, previousDistribution, filters, lib }:

filters.minsetcover {
  inherit services infrastructure;
  distribution = initialDistribution;
  targetProperty = "cost";
}
