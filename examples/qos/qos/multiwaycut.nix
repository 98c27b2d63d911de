# Keeps inter-dependent services together (multiway cut).
{ services, infrastructure, initialDistribution, previousDistribution, filters, lib }:

filters.multiwaycut {
  inherit services infrastructure;
  distribution = initialDistribution;
}
