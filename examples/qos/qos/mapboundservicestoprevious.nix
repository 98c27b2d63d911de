# Every service deployed before stays where it was.
{ services, infrastructure, initialDistribution, previousDistribution, filters, lib }:

filters.mapBoundServicesToPrevious {
  inherit services previousDistribution;
  distribution = initialDistribution;
}
