# The candidate targets ordered by their priority property (lowest first).
{ services, infrastructure, initialDistribution, previousDistribution, filters, lib }:

filters.order {
  inherit infrastructure;
  distribution = initialDistribution;
  targetProperty = "priority";
}
