# Stateful services stay where the last deployment put them.
{ services, infrastructure, initialDistribution, previousDistribution, filters, lib }:

filters.mapStatefulToPrevious {
  inherit services previousDistribution;
  distribution = initialDistribution;
}
