#!/usr/bin/env bash
# A QoS pipeline (mapAttrOnAttr -> order -> multiwaycut) over a generated N-service model:
# `dydisnix gendist` (filters native, in-process) against nix-instantiate evaluating the same
# pipeline's Nix filters (mapAttrOnAttr -> order; nix-instantiate cannot run multiwaycut, which the
# original runs as an external program in a Nix build), measured side by side (best of R runs).
# Usage: bench/qos-bench.sh [N] [R]   (default 10000 services, 3 runs; the peer needs nix-instantiate)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-10000}
runs=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
awk -v n="$n" 'BEGIN {
  print "{ system, pkgs, distribution, invDistribution }:\n\nrec {"
  for (i = 0; i < n; i++) {
    printf "  s%d = {\n    name = \"s%d\";\n    type = \"process\";\n    requireZone = \"zone%d\";\n", i, i, i % 4
    if (i > 0) printf "    dependsOn = { inherit s%d; };\n", int((i - 1) / 2)
    print "  };"
  }
  print "}"
}' > "$work/services.nix"
awk 'BEGIN {
  print "{"
  for (t = 0; t < 16; t++)
    printf "  target%02d = { properties = { hostname = \"target%02d\"; zone = \"zone%d\"; priority = %d; }; };\n", t, t, t % 4, (t * 7) % 16
  print "}"
}' > "$work/infrastructure.nix"
cat > "$work/qos.nix" <<'NIX'
{ services, infrastructure, initialDistribution, previousDistribution, filters, lib }:

filters.multiwaycut {
  inherit services infrastructure;
  distribution = filters.order {
    inherit infrastructure;
    targetProperty = "priority";
    distribution = filters.mapAttrOnAttr {
      inherit services infrastructure;
      distribution = initialDistribution;
      serviceProperty = "requireZone";
      targetProperty = "zone";
    };
  };
}
NIX
cat > "$work/peer.nix" <<'NIX'
# The same narrowing written as Nix filters (our own), evaluated by nix-instantiate.
let
  services = import ./services.nix { system = builtins.currentSystem; pkgs = null; distribution = { }; invDistribution = { }; };
  infrastructure = import ./infrastructure.nix;
  property = target: name: builtins.getAttr name (builtins.getAttr target infrastructure).properties;
  initial = builtins.mapAttrs (service: _: builtins.attrNames infrastructure) services;
  narrowed = builtins.mapAttrs (service: targets:
    builtins.filter (target: property target "zone" == (builtins.getAttr service services).requireZone) targets) initial;
in
builtins.mapAttrs (service: targets:
  builtins.sort (a: b: property a "priority" < property b "priority") targets) narrowed
NIX
best() { # command... -> best wall time in ms
  local best=""
  for _ in $(seq "$runs"); do
    local start end t
    start=$(date +%s%N); "$@" > /dev/null; end=$(date +%s%N)
    t=$(( (end - start) / 1000000 ))
    if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
  done
  echo "$best"
}
ours() { "$root/bin/dydisnix" gendist -s "$work/services.nix" -i "$work/infrastructure.nix" -q "$work/qos.nix" --format json; }
peer() { nix-instantiate --store dummy:// --eval --strict --json "$work/peer.nix"; }
t_ours=$(best ours)
echo "services: $n, targets: 16"
echo "ours: dydisnix gendist (mapAttrOnAttr, order, multiwaycut)   ${t_ours} ms"
if command -v nix-instantiate > /dev/null; then
  t_peer=$(best peer)
  echo "peer: nix-instantiate (mapAttrOnAttr, order; no multiwaycut) ${t_peer} ms"
  awk -v a="$t_peer" -v b="$t_ours" 'BEGIN { printf "time ratio peer/ours: %.2f (above 1: ours is faster while doing more)\n", a / b }'
else
  echo "peer: nix-instantiate not on PATH; not measured"
fi
