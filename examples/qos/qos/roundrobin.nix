# The services over their candidates in turn.
{ services, infrastructure, initialDistribution, previousDistribution, filters, lib }:

filters.divideRoundRobin {
  distribution = initialDistribution;
}
