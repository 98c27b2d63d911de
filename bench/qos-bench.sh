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
export DYDISNIX_CACHE_DIR=$work/parse-cache
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
best() { # command... -> "wall cpu" of the run with the least wall time, in ms (cpu = user + sys)
  local best="" bestcpu="" TIMEFORMAT='%R %U %S'
  for _ in $(seq "$runs"); do
    local times wall cpu
    times=$( { time "$@" > /dev/null 2>&1; } 2>&1 )
    wall=$(awk '{ printf "%d", $1 * 1000 }' <<< "$times")
    cpu=$(awk '{ printf "%d", ($2 + $3) * 1000 }' <<< "$times")
    if [ -z "$best" ] || [ "$wall" -lt "$best" ]; then best=$wall; bestcpu=$cpu; fi
  done
  echo "$best $bestcpu"
}
ours() { "$root/bin/dydisnix" gendist -s "$work/services.nix" -i "$work/infrastructure.nix" -q "$work/qos.nix" --format json; }
peer() { nix-instantiate --store dummy:// --eval --strict --json "$work/peer.nix"; }
read -r w_ours c_ours <<< "$(best ours)"
echo "services: $n, targets: 16 (best of $runs by wall time; cpu = user + sys)"
echo "ours: dydisnix gendist (mapAttrOnAttr, order, multiwaycut)    wall ${w_ours} ms  cpu ${c_ours} ms"
if command -v nix-instantiate > /dev/null; then
  read -r w_peer c_peer <<< "$(best peer)"
  echo "peer: nix-instantiate (mapAttrOnAttr, order; no multiwaycut)  wall ${w_peer} ms  cpu ${c_peer} ms"
  awk -v a="$w_ours" -v b="$w_peer" -v c="$c_ours" -v d="$c_peer" \
    'BEGIN { printf "ratio ours/peer: wall %.2f, cpu %.2f (below 1: ours is faster, while it also runs multiwaycut)\n", a / b, c / d }'
else
  echo "peer: nix-instantiate not on PATH; not measured"
fi
