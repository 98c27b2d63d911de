# Divides the services over the targets' memory with the lowest-bidder strategy.
{ services, infrastructure, initialDistribution, previousDistribution, filters, lib }:

filters.divide {
  strategy = "lowest-bidder";
  inherit services infrastructure;
  distribution = initialDistribution;
  serviceProperty = "requireMem";
  targetProperty = "mem";
}
