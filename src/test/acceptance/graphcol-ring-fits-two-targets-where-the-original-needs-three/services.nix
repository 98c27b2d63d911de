{system, pkgs, distribution, invDistribution}:

rec {
  a = { name = "a"; dependsOn = { inherit b f; }; };
  b = { name = "b"; dependsOn = { inherit e; }; };
  c = { name = "c"; dependsOn = { inherit d e; }; };
  d = { name = "d"; connectsTo = { inherit f; }; };
  e = { name = "e"; };
  f = { name = "f"; };
}
