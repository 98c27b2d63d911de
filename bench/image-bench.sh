#!/usr/bin/env bash
# Image writing throughput: `dydisnix create-multi-process-image` on a root-filesystem base tarball
# against `tar -c <same rootfs> | sha256sum`, measured side by side (best of N runs each).
# Usage: bench/image-bench.sh [BASE.tar] [N]   (default base: the e2e cache, built by mmdebstrap)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
base=${1:-${DYDISNIX_E2E_CACHE:-$HOME/.cache/dydisnix-image-e2e}/base.tar}
runs=${2:-3}
[ -r "$base" ] || { echo "image-bench: no base tarball at $base (run the image e2e test or mmdebstrap first)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/rootfs"
tar -xf "$base" -C "$work/rootfs" 2>/dev/null || true
best() { # command... -> best wall time in seconds
  local best=""
  for _ in $(seq "$runs"); do
    local start end t
    start=$(date +%s%N); "$@" > /dev/null 2>&1; end=$(date +%s%N)
    t=$(( (end - start) / 1000000 ))
    if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
  done
  echo "$best"
}
ours() { "$root/bin/dydisnix" create-multi-process-image --processes "$root/examples/multi-process/processes.json" \
  --base "$base" -o "$work/image.tar"; }
peer() { tar -C "$work/rootfs" -c . | sha256sum; }
size=$(stat -c %s "$base")
t_ours=$(best ours)
t_peer=$(best peer)
mb=$(( size / 1000000 ))
echo "base: $base ($mb MB)"
echo "ours: create-multi-process-image  ${t_ours} ms  $(( size / 1000 / t_ours )) MB/s"
echo "peer: tar -c rootfs | sha256sum   ${t_peer} ms  $(( size / 1000 / t_peer )) MB/s"
awk -v a="$t_peer" -v b="$t_ours" 'BEGIN { printf "throughput ratio ours/peer: %.2f (goal >= 0.5)\n", a / b }'
