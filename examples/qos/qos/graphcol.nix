# Inter-dependent services on different targets (graph colouring).
{ services, infrastructure, initialDistribution, previousDistribution, filters, lib }:

filters.graphcol {
  inherit services infrastructure;
}
