# Uses the custom filter clear of customfilters.nix (give -F customfilters.nix).
{ services, infrastructure, initialDistribution, previousDistribution, filters, lib }:

filters.clear {
  distribution = initialDistribution;
}
