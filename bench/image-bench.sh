#!/usr/bin/env bash
# Image writing throughput: `dydisnix create-multi-process-image` on a root-filesystem base, each row
# side by side with its peer in the same run (runs alternate; best of N wall and best of N CPU each):
#   tarball base    vs  tar -c <same rootfs> | sha256sum
#   directory base  vs  the same peer (and its cost against the tarball base's)
#   gzip base       vs  gzip -dc <base.tar.gz> | sha256sum
# Usage: bench/image-bench.sh [BASE.tar] [N]   (default base: the e2e cache, built by mmdebstrap)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
base=${1:-${DYDISNIX_E2E_CACHE:-$HOME/.cache/dydisnix-image-e2e}/base.tar}
runs=${2:-3}
[ -r "$base" ] || { echo "image-bench: no base tarball at $base (run the image e2e test or mmdebstrap first)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DYDISNIX_CACHE_DIR=$work/parse-cache
mkdir "$work/rootfs"
tar -xf "$base" -C "$work/rootfs" 2>/dev/null || true
gzip -c "$base" > "$work/base.tar.gz"
processes="$root/examples/multi-process/processes.json"

# one COMMAND... -> "wall cpu" in seconds (cpu = user + sys of the command and its children)
one() {
  local TIMEFORMAT='%R %U %S' t
  t=$({ time "$@" > /dev/null 2>&1; } 2>&1)
  awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' <<< "$t"
}
# pair NAME_A NAME_B: runs functions A and B alternately, N times; sets best wall/cpu of each
pair() {
  local a=$1 b=$2 w c
  eval "wall_$a=999999 cpu_$a=999999 wall_$b=999999 cpu_$b=999999"
  for _ in $(seq "$runs"); do
    for f in "$a" "$b"; do
      read -r w c < <(one "$f")
      eval "wall_$f=\$(awk -v x=\"\$wall_$f\" -v y=$w 'BEGIN { print (y < x ? y : x) }')"
      eval "cpu_$f=\$(awk -v x=\"\$cpu_$f\" -v y=$c 'BEGIN { print (y < x ? y : x) }')"
    done
  done
}
image() { "$root/bin/dydisnix" create-multi-process-image --processes "$processes" --base "$1" -o "$work/image.tar"; }
ours_tar() { image "$base"; }
ours_dir() { image "$work/rootfs"; }
ours_gz() { image "$work/base.tar.gz"; }
peer_tar() { tar -C "$work/rootfs" -c . | sha256sum; }
peer_tar2() { peer_tar; }
peer_gz() { gzip -dc "$work/base.tar.gz" | sha256sum; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime) ($(nproc) cores), best of $runs"
pair ours_tar peer_tar
pair ours_dir peer_tar2
pair ours_gz peer_gz
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
size=$(stat -c %s "$base")
echo "base: $(basename "$base") ($(( size / 1000000 )) MB tar, $(( $(stat -c %s "$work/base.tar.gz") / 1000000 )) MB gzip)"
row() { # label ours peer peer-label
  awk -v l="$1" -v wo="$(eval echo "\$wall_$2")" -v co="$(eval echo "\$cpu_$2")" \
      -v wp="$(eval echo "\$wall_$3")" -v cp="$(eval echo "\$cpu_$3")" -v pl="$4" -v mb="$size" 'BEGIN {
    printf "%-16s ours %6.2f s wall %6.2f s CPU (%4.0f MB/s) | %-32s %6.2f s wall %6.2f s CPU | throughput ours/peer: wall %.2f, CPU %.2f\n",
      l, wo, co, mb / 1e6 / wo, pl, wp, cp, wp / wo, cp / co }'
}
row "tarball base" ours_tar peer_tar "tar -c rootfs | sha256sum"
row "directory base" ours_dir peer_tar2 "tar -c rootfs | sha256sum"
row "gzip base" ours_gz peer_gz "gzip -dc base.tar.gz | sha256sum"
# shellcheck disable=SC2154 # set by pair through eval
awk -v wd="$wall_ours_dir" -v cd="$cpu_ours_dir" -v wt="$wall_ours_tar" -v ct="$cpu_ours_tar" 'BEGIN {
  printf "directory base / tarball base cost: wall %.2f, CPU %.2f (goal about 1)\n", wd / wt, cd / ct }'
echo "goal: throughput ours/peer >= 0.5"
