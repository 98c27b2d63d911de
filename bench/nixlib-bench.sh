#!/usr/bin/env bash
# The embedded evaluator vs nix-instantiate on nixpkgs lib code, side by side in the same run:
#   misc       nixpkgs lib's own test suite, lib/tests/misc.nix (evaluates to [ ])
#   lib-heavy  bench/nixlib/lib-heavy.nix: the module system over 1000 submodules, string and list
#              functions of the same lib
#   modules    the module-system cases of lib/tests/modules.sh in one process (one expression made by
#              bench/nixlib/modules-cases.sh; each case imports the whole lib again)
# Both go through bench/nixlib/polyfill.nix, so that nix-instantiate 2.8 evaluates the newest lib.
# Ours runs with the launcher's JIT (C1 only) and with the full tiered JIT (C2). Each round runs
# every command once (so all see the same load); the cells are medians of wall and CPU (user+sys)
# time, the ratio is ours / nix-instantiate CPU. A first round, not in the medians, checks that the
# outputs are the same JSON and fills our parse cache (its times: the "parse cache empty" rows).
# Usage: bench/nixlib-bench.sh [nixpkgs.lib checkout]   (or DYDISNIX_NIXPKGS_LIB; default: the
# revision replay-misc.sh pins, cloned into a temporary directory). Needs `mvn package`.
# Environment: BENCH_RUNS_NIXLIB (timed rounds after the first, default 3).
# After the table, one line per comparison for bench/run.sh: row<TAB>what<TAB>ours<TAB>peer<TAB>ratio,
# with a sixth field "(information)" for the full-JIT and empty-cache rows (no goal).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
pinned=de42d44212d207476489bce163375d8306a26d59
runs=${BENCH_RUNS_NIXLIB:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# ours runs with a parse cache private to this run; the first round fills it
export DYDISNIX_CACHE_DIR=$tmp/parse-cache
checkout=${1:-${DYDISNIX_NIXPKGS_LIB:-}}
if [ -z "$checkout" ]; then
  if ! git clone -q https://github.com/nix-community/nixpkgs.lib "$tmp/nixpkgs.lib" 2>/dev/null \
      || ! git -C "$tmp/nixpkgs.lib" checkout -q "$pinned" 2>/dev/null; then
    echo "nixlib-bench: SKIPPED: nixpkgs.lib $pinned cannot be fetched (no network?)"
    exit 0
  fi
  checkout=$tmp/nixpkgs.lib
fi
checkout=$(cd "$checkout" && pwd)
if [ ! -x bin/dydisnix ] || ! bin/dydisnix --version >/dev/null 2>&1; then
  echo "nixlib-bench: not built; run: mvn -q -B package -DskipTests" >&2
  exit 1
fi
if ! command -v nix-instantiate >/dev/null; then
  echo "nixlib-bench: SKIPPED: nix-instantiate is not installed (Debian package nix-bin)"
  exit 0
fi
polyfill=$root/bench/nixlib/polyfill.nix
bench/nixlib/modules-cases.sh "$checkout" >"$tmp/modules-cases.nix"
declare -A EXPR=(
  [misc]="import $polyfill $checkout/lib/tests/misc.nix"
  [lib-heavy]="import $root/bench/nixlib/lib-heavy.nix (import $polyfill $checkout/lib)"
  [modules]="import $polyfill $tmp/modules-cases.nix"
)
workloads=(misc lib-heavy modules)
evaluators=(c1 c2 nix)
run() { # evaluator workload -> JSON on stdout
  case $1 in
    c1) bin/dydisnix eval --strict -E "${EXPR[$2]}" ;;
    c2) DYDISNIX_JAVA_OPTS=-XX:TieredStopAtLevel=4 bin/dydisnix eval --strict -E "${EXPR[$2]}" ;;
    nix) nix-instantiate --store dummy:// --eval --strict --json -E "${EXPR[$2]}" ;;
  esac
}
echo "# $(date -u '+%Y-%m-%dT%H:%M:%SZ') $(java -version 2>&1 | head -n 1), $(nix-instantiate --version), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "nixpkgs.lib $(git -C "$checkout" rev-parse --short HEAD 2>/dev/null || echo "$checkout"), $runs rounds"
echo "# modules: $(grep -c tryEval "$tmp/modules-cases.nix") cases of lib/tests/modules.sh, made by bench/nixlib/modules-cases.sh"
for w in "${workloads[@]}"; do
  for e in "${evaluators[@]}"; do
    echo "\$ $( [ "$e" = c2 ] && echo 'DYDISNIX_JAVA_OPTS=-XX:TieredStopAtLevel=4 ')$( [ "$e" = nix ] && echo "nix-instantiate --store dummy:// --eval --strict --json" || echo "bin/dydisnix eval --strict") -E '${EXPR[$w]}'"
  done
done
# every round runs each command once; the first round's outputs must be the same JSON
TIMEFORMAT='%R %U %S'
for ((r = 0; r <= runs; r++)); do
  for w in "${workloads[@]}"; do
    for e in "${evaluators[@]}"; do
      out=/dev/null
      [ "$r" = 0 ] && out=$tmp/$w.$e.out
      times=$tmp/$w.$e.times
      [ "$r" = 0 ] && times=$tmp/$w.$e.first
      { time run "$e" "$w" >"$out" 2>/dev/null; } 2>>"$times"
    done
    if [ "$r" = 0 ]; then
      for e in "${evaluators[@]}"; do jq -cS . "$tmp/$w.$e.out" >"$tmp/$w.$e.json" 2>/dev/null || true; done
      if [ ! -s "$tmp/$w.nix.json" ] || ! cmp -s "$tmp/$w.c1.json" "$tmp/$w.nix.json" \
          || ! cmp -s "$tmp/$w.c2.json" "$tmp/$w.nix.json"; then
        echo "nixlib-bench: FAILED: $w: the evaluators print different results" >&2
        head -c 300 "$tmp/$w".*.out >&2
        exit 1
      fi
    fi
  done
done
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
wall() { awk '{ print $1 }' "$tmp/$1.$2.${3:-times}" | median; }
cpu() { awk '{ print $2 + $3 }' "$tmp/$1.$2.${3:-times}" | median; }
printf '%-10s %-28s %9s %9s %12s\n' workload evaluator wall CPU "CPU ratio"
for w in "${workloads[@]}"; do
  peer=$(cpu "$w" nix)
  for e in "${evaluators[@]}"; do
    case $e in c1) name="ours, C1 (launcher)" ;; c2) name="ours, full JIT (C2)" ;; nix) name="nix-instantiate" ;; esac
    c=$(cpu "$w" "$e")
    printf '%-10s %-28s %8.2fs %8.2fs %11.2fx\n' "$w" "$name" "$(wall "$w" "$e")" "$c" "$(awk -v a="$c" -v b="$peer" 'BEGIN { print a / b }')"
  done
  c=$(cpu "$w" c1 first)
  printf '%-10s %-28s %8.2fs %8.2fs %11.2fx\n' "$w" "ours, C1, parse cache empty" "$(wall "$w" c1 first)" "$c" "$(awk -v a="$c" -v b="$(cpu "$w" nix first)" 'BEGIN { print a / b }')"
done
tab=$'\t'
declare -A WHAT=(
  [misc]="nixpkgs lib's \`lib/tests/misc.nix\`"
  [lib-heavy]="\`bench/nixlib/lib-heavy.nix\` (module system over 1000 submodules, string and list functions)"
  [modules]="the module-system cases of nixpkgs lib's \`lib/tests/modules.sh\` in one process (\`bench/nixlib/modules-cases.sh\`)"
)
for w in "${workloads[@]}"; do
  peer=$(cpu "$w" nix)
  for e in c1 c2; do
    c=$(cpu "$w" "$e")
    if [ "$e" = c1 ]; then jit="the launcher's C1-only JIT" goal=""; else jit="the full tiered JIT" goal="(information)"; fi
    printf 'row\t%s, ours with %s vs nix-instantiate, CPU time\t%.2f s (wall %.2f s)\t%.2f s (wall %.2f s)\t%.2f×%s\n' \
      "${WHAT[$w]:-$w}" "$jit" "$c" "$(wall "$w" "$e")" "$peer" "$(wall "$w" nix)" \
      "$(awk -v a="$c" -v b="$peer" 'BEGIN { print a / b }')" "${goal:+$tab$goal}"
  done
  c=$(cpu "$w" c1 first) p=$(cpu "$w" nix first)
  printf 'row\t%s, ours with the launcher'"'"'s JIT and an empty parse cache (its first run) vs nix-instantiate, CPU time\t%.2f s (wall %.2f s)\t%.2f s (wall %.2f s)\t%.2f×\t(information)\n' \
    "${WHAT[$w]:-$w}" "$c" "$(wall "$w" c1 first)" "$p" "$(wall "$w" nix first)" "$(awk -v a="$c" -v b="$p" 'BEGIN { print a / b }')"
done
