#!/usr/bin/env bash
# The dydisnix benchmark suite: one command, a table of ratios measured side by side in the same run.
# See bench/README.md. Usage:
#
#   bench/run.sh [--build] [--sections "a b c d e f g h"] [--out DIR]
#
#   --build      run `mvn -q -B -ntp package -DskipTests` first (falling back to -Dmaven.test.skip=true
#                when tests do not compile); otherwise the packaged CLI must exist
#   --sections   which sections to run (default: all): a large models, b start-up, c evaluation,
#                d memory, f builtins.fromJSON of 108 MB, g nixpkgs lib code (bench/nixlib-bench.sh),
#                h image writing (bench/image-bench.sh), e the other peer scripts (bench/graph-bench.sh,
#                bench/eval-bench.sh, any other bench/*-bench.sh)
#   --out DIR    where models, logs and the summary go (default: bench/results, git-ignored)
#
# Environment: BENCH_RUNS_SMALL (hyperfine runs of each start-up command, default 10), BENCH_RUNS_EVAL (of each
# evaluation command, default 5), BENCH_RUNS_LARGE (rounds of the large-model commands, default 2),
# BENCH_RUNS_JSON (rounds of section f, default 1), BENCH_RUNS_NIXLIB (rounds of section g, default 2),
# BENCH_RUNS_IMAGE (runs of each command of section h, default 2), BENCH_GRAPH_ARGS (arguments of
# bench/graph-bench.sh in section e, default "100000 1000000 1"),
# DYDISNIX_NIXPKGS_LIB (section g's nixpkgs.lib checkout; default: the pinned revision, cloned once into
# the output directory), DYDISNIX_E2E_CACHE (where section h finds the image e2e base tarball),
# BENCH_TIMEOUT (seconds one large-model command may take, default 240), BENCH_NO_HYPERFINE=1 (measure
# with a date +%s%N loop).
set -u -o pipefail

root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
cd "$root" || exit 1

argline="$*"
build=0
sections="a b c d e f g h"
out="bench/results"
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build=1 ;;
    --sections) sections="$2"; shift ;;
    --out) out="$2"; shift ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

runs_large=${BENCH_RUNS_LARGE:-2}
limit=${BENCH_TIMEOUT:-240}
models="$out/models"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
log="$out/run-$stamp"
mkdir -p "$log"
# the parse cache of the runs, private to this run (bench/nixlib-bench.sh keeps its own)
DYDISNIX_CACHE_DIR=$(mktemp -d)
export DYDISNIX_CACHE_DIR
trap 'rm -rf "$DYDISNIX_CACHE_DIR"' EXIT
summary="$log/summary.md"
suite_start=$(date +%s)

has() { command -v "$1" >/dev/null 2>&1; }
# section TAG TITLE: starts a section (TITLE empty: the end) and closes the one before, whose elapsed
# time goes to the summary
declare -a section_tags=() section_secs=()
section_tag="" section_t0=$suite_start
section() {
  local now
  now=$(date +%s)
  if [ -n "$section_tag" ]; then section_tags+=("$section_tag"); section_secs+=($((now - section_t0))); fi
  section_tag=$1 section_t0=$now
  [ -z "$2" ] || printf '\n== %s\n' "$2"
}
note() { printf '   %s\n' "$*"; }
wants() { case " $sections " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# ---------------------------------------------------------------------------------------------------
# Measurement. Every command is a string (shell words, quoted as on a command line): the string is
# what is printed, run (split with eval, no shell in between) and handed to hyperfine --shell=none.
#   TIME[key] median seconds, BEST[key] best seconds, RSS[key] peak RSS in MB (max over runs),
#   CPU[key] user+system seconds (median, or hyperfine's mean), OK[key] 1 when every run exited 0,
#   WHY[key] otherwise why not, CMD[key] the command.
declare -A TIME BEST CPU RSS OK WHY CMD

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR) print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
declare -A WALLS CPUS MAXKB

# run_once KEY TIMEOUT COMMAND: one run bounded by TIMEOUT seconds; wall time by date +%s%N, CPU time
# and peak RSS by /usr/bin/time. Returns non-zero (and marks KEY failed) when the run fails.
run_once() {
  local key=$1 timeout=$2 command=$3 rc t0 t1 kb line
  local -a argv
  eval "argv=($command)"
  if [ -z "${CMD[$key]:-}" ]; then
    CMD[$key]=$command
    OK[$key]=1
    printf '   $ %s\n' "$command"
  fi
  [ "${OK[$key]}" = 1 ] || return 1
  rm -f "$log/$key.rss"
  t0=$(date +%s%N)
  if has /usr/bin/time; then
    /usr/bin/time -f '%M %U %S' -o "$log/$key.rss" timeout "$timeout" "${argv[@]}" >"$log/$key.out" 2>"$log/$key.err"
    rc=$?
  else
    timeout "$timeout" "${argv[@]}" >"$log/$key.out" 2>"$log/$key.err"
    rc=$?
  fi
  t1=$(date +%s%N)
  if [ -s "$log/$key.rss" ]; then
    line=$(tail -n 1 "$log/$key.rss")
    kb=${line%% *}
    [ "$kb" -gt "${MAXKB[$key]:-0}" ] 2>/dev/null && MAXKB[$key]=$kb
    [ "$rc" -eq 0 ] && CPUS[$key]+="$(awk '{ printf "%.3f", $2 + $3 }' <<<"$line") "
  fi
  if [ "$rc" -ne 0 ]; then
    OK[$key]=0
    if [ "$rc" -eq 124 ]; then WHY[$key]="timed out after ${timeout}s"
    else WHY[$key]="exit $rc: $(head -c 200 "$log/$key.err" | head -n 1)"; fi
    note "$key: ${WHY[$key]}"
    return 1
  fi
  WALLS[$key]+="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }') "
}

# summarize KEY: TIME (median), BEST, CPU (median) and RSS (max) from the runs so far.
summarize() {
  local key=$1
  if [ -n "${WALLS[$key]:-}" ]; then
    TIME[$key]=$(tr ' ' '\n' <<<"${WALLS[$key]}" | grep . | median)
    BEST[$key]=$(tr ' ' '\n' <<<"${WALLS[$key]}" | grep . | sort -n | head -n 1)
  fi
  [ -n "${CPUS[$key]:-}" ] && CPU[$key]=$(tr ' ' '\n' <<<"${CPUS[$key]}" | grep . | median)
  [ "${MAXKB[$key]:-0}" -gt 0 ] && RSS[$key]=$(awk -v k="${MAXKB[$key]}" 'BEGIN { printf "%.0f", k / 1024 }')
  note "-> $key: runs [${WALLS[$key]% }] s; median ${TIME[$key]:--} s, best ${BEST[$key]:--} s, CPU ${CPU[$key]:--} s${RSS[$key]:+, peak RSS ${RSS[$key]} MB}"
}

# measure KEY RUNS TIMEOUT COMMAND: RUNS runs in a row; stops at the first failure.
measure() {
  local i
  for ((i = 1; i <= $2; i++)); do run_once "$1" "$3" "$4" || break; done
  summarize "$1"
}

# interleave RUNS TIMEOUT KEY COMMAND [KEY COMMAND ...]: RUNS rounds, each running every command once,
# so that the commands compared share the same machine load.
interleave() {
  local runs=$1 timeout=$2 round i; shift 2
  local -a names=() commands=()
  while [ $# -gt 0 ]; do names+=("$1"); commands+=("$2"); shift 2; done
  for ((round = 1; round <= runs; round++)); do
    for i in "${!names[@]}"; do run_once "${names[$i]}" "$timeout" "${commands[$i]}"; done
  done
  for i in "${!names[@]}"; do summarize "${names[$i]}"; done
}

# compare RUNS WARMUP KEY COMMAND [KEY COMMAND ...]: short commands side by side. With hyperfine: the
# runs are split into blocks (5 runs a command, or fewer), every block runs each command after WARMUP
# warm-up runs, so that all commands see the same changes of the machine's load; the median and best
# are over all runs, CPU is the mean. Without hyperfine: interleave().
compare() {
  local runs=$1 warmup=$2; shift 2
  local -a names=() commands=() args=()
  while [ $# -gt 0 ]; do names+=("$1"); commands+=("$2"); shift 2; done
  if [ -z "${BENCH_NO_HYPERFINE:-}" ] && has hyperfine && has jq; then
    local i block blocks per json ok=1 stem="$log/hyperfine-${names[0]}"
    blocks=$(( (runs + 4) / 5 ))
    per=$(( (runs + blocks - 1) / blocks ))
    for i in "${!names[@]}"; do
      printf '   $ %s\n' "${commands[$i]}"
      CMD[${names[$i]}]=${commands[$i]}
      args+=(-n "${names[$i]}" "${commands[$i]}")
    done
    note "(hyperfine --shell=none --warmup $warmup --runs $per, in $blocks block(s))"
    for ((block = 1; block <= blocks; block++)); do
      json="$stem-$block.json"
      if ! timeout 600 hyperfine --shell=none --style basic --warmup "$warmup" --runs "$per" \
          --export-json "$json" "${args[@]}" >"$stem-$block.txt" 2>&1; then
        ok=0
        break
      fi
    done
    if [ "$ok" = 1 ]; then
      for i in "${!names[@]}"; do
        local n=${names[$i]}
        TIME[$n]=$(jq -r --arg n "$n" '.results[] | select(.command == $n) | .times[]' "$stem"-*.json | median)
        BEST[$n]=$(jq -r --arg n "$n" '.results[] | select(.command == $n) | .times[]' "$stem"-*.json | sort -g | head -n 1)
        CPU[$n]=$(jq -r --arg n "$n" '.results[] | select(.command == $n) | .user + .system' "$stem"-*.json | awk '{ s += $1 } END { if (NR) print s / NR }')
        OK[$n]=1
        note "-> $n: median $(fmt "${TIME[$n]}") s, best $(fmt "${BEST[$n]}") s, CPU $(fmt "${CPU[$n]}") s (mean)"
      done
      return
    fi
    note "hyperfine failed (see $stem-$block.txt); measuring without it"
  fi
  for i in "${!names[@]}"; do
    for ((w = 0; w < warmup; w++)); do eval "${commands[$i]}" >/dev/null 2>&1; done
  done
  local -a pairs=()
  for i in "${!names[@]}"; do pairs+=("${names[$i]}" "${commands[$i]}"); done
  interleave "$runs" 120 "${pairs[@]}"
}

fmt() { awk -v v="$1" 'BEGIN { if (v == "") print "-"; else if (v < 1) printf "%.3f", v; else printf "%.2f", v }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "-"; else printf "%.2f", a / b }'; }
# net a b base: (a - base) / (b - base), the ratio of two times without the fixed start-up cost
net() { awk -v a="$1" -v b="$2" -v c="$3" 'BEGIN { if (a == "" || b == "" || c == "" || b - c <= 0) print "-"; else printf "%.2f", (a - c) / (b - c) }'; }
leq() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a != "-" && a != "" && a <= b) }'; }

rows=()
peer_outputs=()
# row WHAT OURS PEER RATIO GOAL MET (a | in a cell is escaped for the Markdown table)
row() { rows+=("| ${1//|/\\|} | ${2//|/\\|} | ${3//|/\\|} | ${4//|/\\|} | ${5//|/\\|} | ${6//|/\\|} |"); }
# secs KEY: "0.31 s (CPU 0.29 s)", wall median and CPU time
secs() {
  if [ "${OK[$1]:-0}" = 1 ] && [ -n "${TIME[$1]:-}" ]; then
    printf '%s s' "$(fmt "${TIME[$1]}")"
    [ -n "${CPU[$1]:-}" ] && printf ' (CPU %s s)' "$(fmt "${CPU[$1]}")"
  else
    printf 'FAILED (%s)' "${WHY[$1]:-not run}"
  fi
}
# ratios KEY PEER: "7.20× (CPU 9.1×)"
ratios() {
  local r c
  r=$(ratio "${TIME[$1]:-}" "${TIME[$2]:-}")
  c=$(ratio "${CPU[$1]:-}" "${CPU[$2]:-}")
  printf '%s×' "$r"
  [ "$c" != - ] && printf ' (CPU %s×)' "$c"
}

# skipped WHAT WHY GOAL: a comparison that cannot run here says why and keeps its row in the table
skipped() {
  note "skipped: $2"
  row "$1" "skipped: $2" "-" "-" "$3" "n/a"
}

# peer_rows NAME FILE GOAL OP BOUND: the comparisons a peer script printed as lines
#   row<TAB>what<TAB>ours<TAB>peer<TAB>ratio[<TAB>goal]
# go into the table: met? compares the ratio's leading number with BOUND (OP le: ≤, ge: ≥) under
# GOAL; a sixth field replaces the goal and is not judged (e.g. "(information)"). Without such
# lines (an older or newer script), its output goes below the table. Returns 1 when the script
# printed no row.
peer_rows() {
  local name=$1 file=$2 goal=$3 op=$4 bound=$5 tag what ours peer r g n met found=1
  while IFS=$'\t' read -r tag what ours peer r g; do
    [ "$tag" = row ] && [ -n "$r" ] || continue
    found=0
    if [ -n "$g" ]; then
      row "$what" "$ours" "$peer" "$r" "$g" "-"
      continue
    fi
    n=$(grep -o '^[0-9]*\.\{0,1\}[0-9]*' <<<"$r")
    if [ -z "$n" ]; then met="-"
    elif [ "$op" = le ]; then met=$(leq "$n" "$bound" && echo yes || echo NO)
    else met=$(leq "$bound" "$n" && echo yes || echo NO); fi
    row "$what" "$ours" "$peer" "$r" "$goal" "$met"
  done <"$file"
  [ "$found" = 0 ] && return 0
  sed 's/\x1b\[[0-9;]*m//g' "$file" | grep -v '^[[:space:]]*$' | tail -n 20 >"$log/$name.summary"
  peer_outputs+=("$name (no row lines; its output):" "$(cat "$log/$name.summary")")
  return 1
}

# image_rows: bench/image-bench.sh's own lines as row lines (stdin to stdout), judged on CPU throughput:
#   LABEL ours W s wall C s CPU (M MB/s) | PEER W s wall C s CPU | throughput ours/peer: wall R, CPU R
#   directory base / tarball base cost: wall R, CPU R (goal about 1)
image_rows() {
  local n='([0-9.]+)'
  sed -E -n \
    -e "s/^(.+[^ ]) +ours +$n s wall +$n s CPU \(([ 0-9]+) MB\/s\) \| (.+[^ ]) +$n s wall +$n s CPU \| throughput ours\/peer: wall $n, CPU $n\$/row\timage writing, \1 (\`bench\/image-bench.sh\`; throughput ours\/peer)\t\2 s (CPU \3 s,\4 MB\/s)\t\5: \6 s (CPU \7 s)\t\9× CPU (wall \8×)/p" \
    -e "s/^directory base \/ tarball base cost: wall $n, CPU $n.*/row\timage writing, directory base vs tarball base, cost\t-\t-\t\2× CPU (wall \1×)\tabout 1× (information)/p"
}

# peer_script NAME TIMEOUT COMMAND...: runs a peer script into $log/NAME.txt, echoing its output;
# sets peer_status ("exit 0, 41 s") and returns its exit status.
peer_script() {
  local name=$1 timeout=$2 rc t0; shift 2
  printf '   $ %s\n' "$*"
  t0=$(date +%s)
  timeout "$timeout" "$@" >"$log/$name.txt" 2>&1
  rc=$?
  peer_status="exit $rc$( [ "$rc" = 124 ] && echo ", timed out after $timeout s"), $(( $(date +%s) - t0 )) s"
  grep -v "^row$(printf '\t')" "$log/$name.txt" | sed 's/^/      /'
  note "-> $peer_status"
  return "$rc"
}

# ---------------------------------------------------------------------------------------------------
section setup "setup"
if [ "$build" = 1 ]; then
  printf '   $ mvn -q -B -ntp package -DskipTests\n'
  if ! mvn -q -B -ntp package -DskipTests >"$log/build.log" 2>&1; then
    # tests that do not compile must not keep the benchmark from running
    printf '   (failed, see %s) $ mvn -q -B -ntp package -Dmaven.test.skip=true\n' "$log/build.log"
    mvn -q -B -ntp package -Dmaven.test.skip=true >>"$log/build.log" 2>&1 || { echo "bench/run.sh: build failed, see $log/build.log" >&2; exit 1; }
  fi
fi
if ! bin/dydisnix --version >/dev/null 2>&1; then
  echo "bench/run.sh: the CLI is not built; run: mvn -q -B -ntp package -DskipTests (or bench/run.sh --build)" >&2
  exit 1
fi
version=$(bin/dydisnix --version 2>&1 | head -n 1)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
heap=$(grep -o 'DYDISNIX_HEAP:--[^}]*' dydisnix-cli/target/dydisnix/bin/dydisnix 2>/dev/null | sed 's/DYDISNIX_HEAP:-//')
note "$version, commit $commit, $(nproc) cores, $(java -version 2>&1 | head -n 1), launcher heap ${heap:-?}"
note "log directory: $log"
load_start=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)
note "load average: $load_start (a busy shared machine makes absolute times noise; the ratios are measured side by side)"
for tool in hyperfine jq /usr/bin/time nix-instantiate; do has "$tool" || note "($tool not installed: fallbacks are used or the section is skipped)"; done

# bench/GraphcolProbe.java: the graphcol pipeline without picocli (and, without arguments, an empty main),
# run with the launcher's JVM options; the CDS archive still maps, the probe's directory comes last.
lib=dydisnix-cli/target/dydisnix/lib
# the launcher's fixed JVM options: what its `exec java` line has before ${DYDISNIX_HEAP...}
jvm_opts=$(sed -n 's/^exec java \(.*\)\${DYDISNIX_HEAP.*/\1/p' dydisnix-cli/target/dydisnix/bin/dydisnix 2>/dev/null)
# the launcher's JIT choice for every command but create-multi-process-image (its first `jit=` line)
jit_default=$(sed -n 's/^jit="\(.*\)"$/\1/p' dydisnix-cli/target/dydisnix/bin/dydisnix 2>/dev/null | head -n 1)
jvm_opts=${jvm_opts//\$jit/$jit_default}
launcher_opts="$(echo ${jvm_opts:--XX:+UseSerialGC}) ${heap:--Xmx2g} -XX:SharedArchiveFile=$lib/dydisnix.jsa -Xshare:auto -Xlog:disable"
probe=0
printf '   $ javac -cp %s -d %s bench/GraphcolProbe.java\n' "'$lib/*'" "$out/classes"
if javac -cp "$lib/*" -d "$out/classes" bench/GraphcolProbe.java 2>"$log/probe-javac.txt"; then
  probe=1
else
  note "(GraphcolProbe does not compile against this build, see $log/probe-javac.txt: its rows are left out)"
fi
probe_cmd="java $launcher_opts -cp '$lib/*:$out/classes' GraphcolProbe"

# Models: regenerated only when missing or generated with other parameters.
generate() {
  local wanted="generator=3 size=$1 targets=16 candidates=16 seed=42 connects=0.1"
  if [ "$(cat "$models/$1/params" 2>/dev/null)" != "$wanted" ]; then
    printf '   $ java bench/GenerateModels.java --sizes %s --targets 16 --candidates 16 --seed 42 %s\n' "$1" "$models"
    java bench/GenerateModels.java --sizes "$1" --targets 16 --candidates 16 --seed 42 "$models" 2>&1 | sed 's/^/   /'
  fi
}
if wants a || wants c || wants d; then
  for size in 100 10000 100000; do generate "$size"; done
  note "models: $models/{100,10000,100000} ($(du -sh "$models" | cut -f1)); 16 targets, 16 candidate targets per service"
fi
m10=$models/10000
# the arguments nix-instantiate calls the services model function with
model_args='{ system = "x86_64-linux"; pkgs = {}; distribution = {}; invDistribution = {}; }'
# names_expr FILE: the services model with dependsOn/connectsTo mapped to service names (what graphcol uses)
names_expr() {
  echo "let s = import $1 $model_args; names = d: map (v: v.name) (builtins.attrValues d); in builtins.mapAttrs (k: v: v // { dependsOn = names (v.dependsOn or {}); connectsTo = names (v.connectsTo or {}); }) s"
}
m100=$models/100000

# ---------------------------------------------------------------------------------------------------
# (b) first: the start-up baseline is also the fixed cost taken out of the growth factors of (a).
blog="-s examples/blog/services.json -i examples/blog/infrastructure.json"
if wants b; then
  section b "(b) start-up: the CLI vs a bare java -version"
  startup=(java-version "java -version" cli-version "bin/dydisnix --version" graphcol-blog "bin/dydisnix graphcol $blog")
  # the same graphcol through picocli's reflective model instead of the quick parser, and with the
  # full tiered JIT instead of the launcher's C1 only
  startup+=(graphcol-blog-picocli "env DYDISNIX_JAVA_OPTS=-Ddydisnix.quick=false bin/dydisnix graphcol $blog")
  startup+=(graphcol-blog-tiered "env DYDISNIX_JAVA_OPTS=-XX:TieredStopAtLevel=4 bin/dydisnix graphcol $blog")
  # the floor of the launcher's JVM options and class path, and graphcol without picocli
  [ "$probe" = 1 ] && startup+=(empty-main "$probe_cmd" graphcol-blog-probe "$probe_cmd ${blog//-[si] /}")
  # JDK 25's AOT cache (JEP 483/514), when a JDK 25 is installed: the same graphcol with a cache
  # trained on it, to judge whether moving to JDK 25 would pay
  jdk25=${BENCH_JDK25:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n 1)}
  if [ -n "$jdk25" ] && [ -x "$jdk25/bin/java" ]; then
    aot="$out/graphcol-blog.aot"
    aot_cmd="$jdk25/bin/java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 ${heap:--Xmx2g} -Xlog:disable -cp '$lib/*'"
    printf '   $ %s -XX:AOTCacheOutput=%s org.dydisnix.cli.Main graphcol %s\n' "$aot_cmd" "$aot" "$blog"
    rm -f "$aot"
    eval "argv=($aot_cmd -XX:AOTCacheOutput=$aot org.dydisnix.cli.Main graphcol $blog)"
    "${argv[@]}" >"$log/aot-training.txt" 2>&1
    if [ -s "$aot" ]; then
      startup+=(java25-version "$jdk25/bin/java -version" graphcol-blog-jdk25-aot "$aot_cmd -XX:AOTCache=$aot org.dydisnix.cli.Main graphcol $blog")
    else
      note "(JDK 25 AOT cache training failed, see $log/aot-training.txt)"
    fi
  fi
  compare "${BENCH_RUNS_SMALL:-10}" 3 "${startup[@]}"
  # met: the issue's target (≤ 3×), and whether the goal (≤ 2×) is reached too
  met() { if leq "$1" 2; then echo "yes (goal too)"; elif leq "$1" 3; then echo "yes (goal: NO)"; else echo NO; fi; }
  r=$(ratio "${TIME[graphcol-blog]:-}" "${TIME[java-version]:-}")
  row "start-up: \`graphcol\` on the blog example vs \`java -version\`" "$(secs graphcol-blog)" "$(secs java-version)" "$(ratios graphcol-blog java-version)" "≤ 3× (goal ≤ 2×)" "$(met "$r")"
  r=$(ratio "${TIME[cli-version]:-}" "${TIME[java-version]:-}")
  row "start-up: \`dydisnix --version\` vs \`java -version\`" "$(secs cli-version)" "$(secs java-version)" "$(ratios cli-version java-version)" "≤ 3× (goal ≤ 2×)" "$(met "$r")"
  row "start-up: \`graphcol\` on the blog example, quick parser vs picocli's model (\`-Ddydisnix.quick=false\`)" "$(secs graphcol-blog)" "$(secs graphcol-blog-picocli)" "$(ratios graphcol-blog graphcol-blog-picocli)" "(information)" "-"
  row "start-up: \`graphcol\` on the blog example, the launcher's C1-only JIT vs the full tiered JIT" "$(secs graphcol-blog)" "$(secs graphcol-blog-tiered)" "$(ratios graphcol-blog graphcol-blog-tiered)" "(information)" "-"
  if [ -n "${TIME[graphcol-blog-jdk25-aot]:-}" ]; then
    row "start-up on JDK 25 with an AOT cache trained on the command: \`graphcol\` on the blog example vs this JDK's \`graphcol\` with the AppCDS archive" "$(secs graphcol-blog-jdk25-aot)" "$(secs graphcol-blog)" "$(ratios graphcol-blog-jdk25-aot graphcol-blog)" "(information: < 1× would favour JDK 25)" "-"
    row "start-up on JDK 25 with an AOT cache: \`graphcol\` on the blog example vs JDK 25's \`java -version\`" "$(secs graphcol-blog-jdk25-aot)" "$(secs java25-version)" "$(ratios graphcol-blog-jdk25-aot java25-version)" "(information)" "-"
  fi
  if [ "$probe" = 1 ]; then
    row "start-up floor: an empty main with the launcher's JVM options and class path vs \`java -version\`" "$(secs empty-main)" "$(secs java-version)" "$(ratios empty-main java-version)" "(information)" "-"
    row "start-up without picocli: the graphcol pipeline (GraphcolProbe) on the blog example vs \`java -version\`" "$(secs graphcol-blog-probe)" "$(secs java-version)" "$(ratios graphcol-blog-probe java-version)" "(information)" "-"
  fi
fi

# ---------------------------------------------------------------------------------------------------
if wants a; then
  section a "(a) large models through the packaged CLI (JSON; $runs_large rounds, ${limit}s limit a run)"
  note "(rounds interleave the commands, so that 10k and 100k share the machine's load)"
  large_runs=(
    graphcol-10000 "bin/dydisnix graphcol -s $m10/services.json -i $m10/infrastructure.json"
    graphcol-100000 "bin/dydisnix graphcol -s $m100/services.json -i $m100/infrastructure.json"
    multiwaycut-10000 "bin/dydisnix multiwaycut -s $m10/services.json -i $m10/infrastructure.json -d $m10/distribution.json"
    multiwaycut-100000 "bin/dydisnix multiwaycut -s $m100/services.json -i $m100/infrastructure.json -d $m100/distribution.json")
  # when the launcher stops the JIT at C1 (fast start), the 100k runs also with the full tiered JIT (C2)
  c1=0
  if grep -q 'TieredStopAtLevel=1' dydisnix-cli/target/dydisnix/bin/dydisnix 2>/dev/null; then
    c1=1
    note "(the launcher runs C1 only: the 100k commands also run once with DYDISNIX_JAVA_OPTS=-XX:TieredStopAtLevel=4)"
  fi
  interleave "$runs_large" "$limit" "${large_runs[@]}"
  if [ "$c1" = 1 ]; then
    # information only: one round
    interleave 1 "$limit" \
      graphcol-100000-c2 "env DYDISNIX_JAVA_OPTS=-XX:TieredStopAtLevel=4 bin/dydisnix graphcol -s $m100/services.json -i $m100/infrastructure.json" \
      multiwaycut-100000-c2 "env DYDISNIX_JAVA_OPTS=-XX:TieredStopAtLevel=4 bin/dydisnix multiwaycut -s $m100/services.json -i $m100/infrastructure.json -d $m100/distribution.json"
  fi
  for command in graphcol multiwaycut; do
    k10=$command-10000 k100=$command-100000
    if [ "${OK[$k100]:-0}" = 1 ] && [ "${OK[$k10]:-0}" = 1 ]; then
      raw=$(ratio "${TIME[$k100]}" "${TIME[$k10]}")
      # growth without the fixed start-up cost (the blog example's time, when section b ran)
      g=$(net "${TIME[$k100]}" "${TIME[$k10]}" "${TIME[graphcol-blog]:-0}")
      gc=$(net "${CPU[$k100]:-}" "${CPU[$k10]:-}" "${CPU[graphcol-blog]:-0}")
      if [ -n "${TIME[graphcol-blog]:-}" ]; then how="start-up taken out; raw ${raw}×"; else how="raw: run section b to take start-up out"; fi
      row "\`$command\` 100k services vs 10k: growth ($how)" "$(secs "$k100")" "$(secs "$k10") (10k)" "${g}× (CPU ${gc}×)" "finishes; ≤ 12.5× (n log n)" "$(leq "$g" 12.5 && echo yes || echo NO)"
      if [ "$c1" = 1 ] && [ "${OK[$k100-c2]:-0}" = 1 ]; then
        row "\`$command\` 100k services: the launcher's C1-only JIT vs the full tiered JIT (C2)" "$(secs "$k100")" "$(secs "$k100-c2") (C2)" "$(ratios "$k100" "$k100-c2")" "(information)" "-"
      fi
    else
      row "\`$command\` 100k services vs 10k (growth)" "$(secs "$k100")" "$(secs "$k10") (10k)" "-" "finishes; ≤ 12.5× (n log n)" "NO"
    fi
  done
fi

# ---------------------------------------------------------------------------------------------------
if wants c; then
  section c "(c) model evaluation: the embedded evaluator vs nix-instantiate (10k services model)"
  how=""
  if bin/dydisnix graphcol -s examples/blog/services.nix -i examples/blog/infrastructure.nix >"$log/nix-probe.out" 2>&1; then
    how=cli
    graphcol_on() { echo "bin/dydisnix graphcol -s $1 -i $2"; }
    ours="\`graphcol\`"
  elif [ "$probe" = 1 ]; then
    # The evaluator is in the build but the CLI does not read Nix models yet: the same pipeline
    # through bench/GraphcolProbe.java, with the launcher's JVM options (the CDS archive still maps:
    # the probe's directory comes after the archived class path).
    how=probe
    note "the CLI reads no Nix models yet ($(head -n 1 "$log/nix-probe.out")):"
    note "measuring the graphcol pipeline with the embedded evaluator through bench/GraphcolProbe.java"
    graphcol_on() { echo "$probe_cmd $1 $2"; }
    ours="graphcol pipeline (GraphcolProbe)"
  fi
  if [ -z "$how" ]; then
    skipped "evaluation: \`graphcol\` on the 10k Nix model vs nix-instantiate" "this build has no Nix evaluator ($(head -n 1 "$log/nix-probe.out"))" "≤ 1.0×"
  elif ! has nix-instantiate; then
    skipped "evaluation: \`graphcol\` on the 10k Nix model vs nix-instantiate" "nix-instantiate is not installed (Debian package nix-bin)" "≤ 1.0×"
  else
    abs=$(readlink -f "$m10/services.nix")
    direct="import $abs $model_args"
    names_model=$(names_expr "$abs")
    # nix-direct prints the whole model, every dependsOn a nested copy of the service it names (65 MB);
    # nix-names maps dependsOn/connectsTo to service names first: the information graphcol uses.
    # `dydisnix eval --strict` evaluates the same expressions to the same JSON (checked below).
    runs_eval=${BENCH_RUNS_EVAL:-5}
    if [ "$how" = cli ]; then
      compare "$runs_eval" 1 \
        graphcol-nix-10k "$(graphcol_on "$m10/services.nix" "$m10/infrastructure.nix")" \
        graphcol-json-10k "$(graphcol_on "$m10/services.json" "$m10/infrastructure.json")" \
        eval-direct-10k "bin/dydisnix eval --strict -E '$direct'" \
        nix-direct-10k "nix-instantiate --store dummy:// --eval --strict --json -E '$direct'" \
        eval-names-10k "bin/dydisnix eval --strict -E '$names_model'" \
        nix-names-10k "nix-instantiate --store dummy:// --eval --strict --json -E '$names_model'"
    else
      compare "$runs_eval" 1 \
        graphcol-nix-10k "$(graphcol_on "$m10/services.nix" "$m10/infrastructure.nix")" \
        graphcol-json-10k "$(graphcol_on "$m10/services.json" "$m10/infrastructure.json")" \
        nix-direct-10k "nix-instantiate --store dummy:// --eval --strict --json -E '$direct'" \
        nix-names-10k "nix-instantiate --store dummy:// --eval --strict --json -E '$names_model'"
    fi
    r=$(ratio "${TIME[graphcol-nix-10k]:-}" "${TIME[nix-direct-10k]:-}")
    row "evaluation: $ours on the 10k Nix model vs \`nix-instantiate --eval --strict --json\` of the model" "$(secs graphcol-nix-10k)" "$(secs nix-direct-10k)" "$(ratios graphcol-nix-10k nix-direct-10k)" "≤ 1.0×" "$(leq "$r" 1 && echo yes || echo NO)"
    r=$(ratio "${TIME[graphcol-nix-10k]:-}" "${TIME[nix-names-10k]:-}")
    row "evaluation: $ours on the 10k Nix model vs nix-instantiate of the model with dependsOn/connectsTo mapped to names (the information graphcol uses)" "$(secs graphcol-nix-10k)" "$(secs nix-names-10k)" "$(ratios graphcol-nix-10k nix-names-10k)" "≤ 1.0×" "$(leq "$r" 1 && echo yes || echo NO)"
    if [ "$how" = cli ]; then
      # same expression, same output: the evaluators side by side
      same() {
        bin/dydisnix eval --strict -E "$1" 2>/dev/null | jq -cS . >"$log/eval-ours.json" 2>/dev/null
        nix-instantiate --store dummy:// --eval --strict --json -E "$1" 2>/dev/null | jq -cS . >"$log/eval-nix.json" 2>/dev/null
        if [ -s "$log/eval-ours.json" ] && cmp -s "$log/eval-ours.json" "$log/eval-nix.json"; then echo "same JSON"; else echo "JSON DIFFERS"; fi
      }
      for variant in direct names; do
        if [ "$variant" = direct ]; then expr=$direct; what="the services model"; else expr=$names_model; what="the model with dependencies mapped to names"; fi
        check=$(has jq && same "$expr" || echo "not compared")
        note "eval-$variant-10k vs nix-$variant-10k: $check"
        r=$(ratio "${TIME[eval-$variant-10k]:-}" "${TIME[nix-$variant-10k]:-}")
        row "evaluation: \`dydisnix eval --strict -E\` vs \`nix-instantiate --eval --strict --json -E\`, $what (10k; $check)" "$(secs "eval-$variant-10k")" "$(secs "nix-$variant-10k")" "$(ratios "eval-$variant-10k" "nix-$variant-10k")" "≤ 1.0×" "$(leq "$r" 1 && echo yes || echo NO)"
      done
    fi
    # the Nix and the JSON model must give the same distribution
    eval "argv=(${CMD[graphcol-nix-10k]})"; timeout "$limit" "${argv[@]}" >"$log/graphcol-nix-10k.out" 2>&1
    eval "argv=(${CMD[graphcol-json-10k]})"; timeout "$limit" "${argv[@]}" >"$log/graphcol-json-10k.out" 2>&1
    if cmp -s "$log/graphcol-nix-10k.out" "$log/graphcol-json-10k.out"; then same_out="same distribution"; else same_out="DIFFERENT distributions"; fi
    note "graphcol-nix-10k vs graphcol-json-10k: $same_out"
    row "evaluation cost: $ours on the 10k Nix model vs the same model in JSON ($same_out)" "$(secs graphcol-nix-10k)" "$(secs graphcol-json-10k) (JSON)" "$(ratios graphcol-nix-10k graphcol-json-10k)" "(information)" "-"
  fi
fi

# ---------------------------------------------------------------------------------------------------
if wants d; then
  section d "(d) memory: peak RSS on the 100k model with the launcher's default heap (${heap:-?})"
  # the peak RSS of section a's 100k runs (/usr/bin/time -f %M, max over its rounds); one run when a did not run
  for key in graphcol multiwaycut; do
    case $key in
      graphcol) command="bin/dydisnix graphcol -s $m100/services.json -i $m100/infrastructure.json" ;;
      multiwaycut) command="bin/dydisnix multiwaycut -s $m100/services.json -i $m100/infrastructure.json -d $m100/distribution.json" ;;
    esac
    if ! has /usr/bin/time; then
      note "skipped: /usr/bin/time is not installed (Debian package time)"
      break
    fi
    [ -n "${CMD[$key-100000]:-}" ] || measure "$key-100000" 1 "$limit" "$command"
    ok=$( [ "${OK[$key-100000]:-0}" = 1 ] && [ -n "${RSS[$key-100000]:-}" ] && echo 1)
    note "-> $key-100000: peak RSS ${RSS[$key-100000]:-?} MB"
    row "memory: \`$key\` 100k services (JSON), peak RSS (default heap ${heap:-?})" "$( [ "$ok" = 1 ] && echo "${RSS[$key-100000]} MB, $(secs "$key-100000")" || echo "FAILED: ${WHY[$key-100000]:-no RSS}")" "-" "-" "finishes with the default heap" "$( [ "$ok" = 1 ] && echo yes || echo NO)"
  done
  if [ -n "${TIME[graphcol-nix-10k]:-}" ] && has nix-instantiate && has /usr/bin/time; then
    # the evaluator's memory on the 100k Nix model, side by side with nix-instantiate's
    abs=$(readlink -f "$m100/services.nix")
    interleave 1 "$limit" \
      graphcol-nix-100k "$(graphcol_on "$m100/services.nix" "$m100/infrastructure.nix")" \
      nix-names-100k "nix-instantiate --store dummy:// --eval --strict --json -E '$(names_expr "$abs")'"
    if [ "${OK[graphcol-nix-100k]:-0}" = 1 ]; then
      r=$(ratio "${RSS[graphcol-nix-100k]:-}" "${RSS[nix-names-100k]:-}")
      row "memory: $ours on the 100k Nix model vs nix-instantiate (names), peak RSS" "${RSS[graphcol-nix-100k]:-?} MB ($(secs graphcol-nix-100k))" "${RSS[nix-names-100k]:-?} MB ($(secs nix-names-100k))" "${r}×" "(information)" "-"
    else
      row "memory: $ours on the 100k Nix model" "$(secs graphcol-nix-100k)" "${RSS[nix-names-100k]:-?} MB" "-" "finishes with the default heap" "NO"
    fi
  fi
fi

# ---------------------------------------------------------------------------------------------------
if wants f; then
  section f "(f) builtins.fromJSON of a 108 MB package listing: the embedded evaluator with a 1 GiB heap vs nix-instantiate"
  big="$models/json/packages-108MB.json"
  if [ ! -s "$big" ] || [ "$(cat "$models/json/params" 2>/dev/null)" != "generator=1 megabytes=108 seed=42" ]; then
    mkdir -p "$models/json"
    printf '   $ java bench/GenerateJson.java --megabytes 108 --seed 42 %s\n' "$big"
    java bench/GenerateJson.java --megabytes 108 --seed 42 "$big" && echo "generator=1 megabytes=108 seed=42" >"$models/json/params"
  fi
  abs=$(readlink -f "$big")
  # every package read, its meta forced: the whole document is built
  expr="let d = builtins.fromJSON (builtins.readFile $abs); in builtins.length (builtins.filter (p: p.meta.broken) (builtins.attrValues d))"
  json=(fromjson-108mb "env DYDISNIX_HEAP=-Xmx1g bin/dydisnix eval -E '$expr'")
  has nix-instantiate && json+=(nix-fromjson-108mb "nix-instantiate --store dummy:// --eval -E '$expr'")
  interleave "${BENCH_RUNS_JSON:-1}" "$limit" "${json[@]}"
  if has nix-instantiate && [ "${OK[fromjson-108mb]:-0}" = 1 ] && [ "${OK[nix-fromjson-108mb]:-0}" = 1 ]; then
    if cmp -s "$log/fromjson-108mb.out" "$log/nix-fromjson-108mb.out"; then same="same result"; else same="RESULTS DIFFER"; fi
    note "fromjson-108mb vs nix-fromjson-108mb: $same"
    r=$(ratio "${TIME[fromjson-108mb]:-}" "${TIME[nix-fromjson-108mb]:-}")
    row "\`builtins.fromJSON\` of 108 MB (package listing, every package's meta forced; $same), heap limit 1 GiB, peak RSS in brackets" "$(secs fromjson-108mb) [${RSS[fromjson-108mb]:-?} MB]" "$(secs nix-fromjson-108mb) [${RSS[nix-fromjson-108mb]:-?} MB]" "$(ratios fromjson-108mb nix-fromjson-108mb)" "within 1 GiB; ≤ 1× time" "$( [ "$same" = "same result" ] && echo "1 GiB: yes; time: $(leq "$r" 1 && echo yes || echo NO)" || echo NO)"
  else
    row "\`builtins.fromJSON\` of 108 MB, heap limit 1 GiB" "$(secs fromjson-108mb) [${RSS[fromjson-108mb]:-?} MB]" "$(has nix-instantiate && secs nix-fromjson-108mb || echo 'not installed')" "-" "within 1 GiB" "$( [ "${OK[fromjson-108mb]:-0}" = 1 ] && echo yes || echo NO)"
  fi
fi

# ---------------------------------------------------------------------------------------------------
if wants g; then
  section g "(g) the evaluator on nixpkgs lib code vs nix-instantiate (bench/nixlib-bench.sh)"
  what="the evaluator on nixpkgs lib code (\`bench/nixlib-bench.sh\`)" goal="≤ 1.5× nix-instantiate CPU (goal 1×)"
  nixlib=${DYDISNIX_NIXPKGS_LIB:-}
  if [ -z "$nixlib" ]; then
    # the revision the nixpkgs lib replays pin, cloned once into the output directory
    pinned=$(sed -n 's/^pinned=//p' src/test/nixpkgs-lib/replay-misc.sh)
    nixlib=$out/nixpkgs.lib
    if [ "$(git -C "$nixlib" rev-parse HEAD 2>/dev/null)" != "$pinned" ]; then
      rm -rf "$nixlib"
      printf '   $ git clone -q https://github.com/nix-community/nixpkgs.lib %s && git checkout %s\n' "$nixlib" "$pinned"
      if ! git clone -q https://github.com/nix-community/nixpkgs.lib "$nixlib" 2>"$log/nixlib-clone.txt" \
          || ! git -C "$nixlib" checkout -q "$pinned" 2>>"$log/nixlib-clone.txt"; then
        rm -rf "$nixlib"
        nixlib=""
      fi
    fi
  fi
  if [ -z "$nixlib" ]; then
    skipped "$what" "no nixpkgs.lib checkout: set DYDISNIX_NIXPKGS_LIB; the pinned revision cannot be cloned ($(head -n 1 "$log/nixlib-clone.txt" 2>/dev/null))" "$goal"
  elif ! has nix-instantiate; then
    skipped "$what" "nix-instantiate is not installed (Debian package nix-bin)" "$goal"
  elif peer_script nixlib-bench 300 env BENCH_RUNS_NIXLIB="${BENCH_RUNS_NIXLIB:-2}" bash bench/nixlib-bench.sh "$nixlib"; then
    CMD[nixlib-bench]="BENCH_RUNS_NIXLIB=${BENCH_RUNS_NIXLIB:-2} bench/nixlib-bench.sh $nixlib"
    peer_rows nixlib-bench "$log/nixlib-bench.txt" "$goal" le 1.5 || row "$what, output below the table" "ran" "-" "-" "$goal" "-"
  else
    row "$what" "FAILED: $peer_status ($(grep -m 1 'FAILED' "$log/nixlib-bench.txt"))" "-" "-" "$goal" "NO"
  fi
fi

# ---------------------------------------------------------------------------------------------------
if wants h; then
  section h "(h) image writing vs tar | sha256sum (bench/image-bench.sh)"
  what="image writing (\`bench/image-bench.sh\`)" goal="≥ 0.5× tar's throughput"
  # the base the image end-to-end tests build (src/test/image-e2e/run.sh base): base-<key>.tar, the key
  # hashing its package list; else the newest base-*.tar, else base.tar
  cache=${DYDISNIX_E2E_CACHE:-$HOME/.cache/dydisnix-image-e2e}
  base=$cache/base-$(printf '%s' "$(sed -n 's/^PACKAGES=//p' src/test/image-e2e/run.sh)" | sha256sum | cut -c1-12).tar
  [ -s "$base" ] || base=$(find "$cache" -maxdepth 1 -name 'base-*.tar' -size +0 -printf '%T@ %p\n' 2>/dev/null | sort -rn | head -n 1 | cut -d' ' -f2-)
  [ -z "$base" ] && [ -s "$cache/base.tar" ] && base=$cache/base.tar
  if [ -z "$base" ]; then
    skipped "$what" "no image end-to-end base in $cache (build it with: src/test/image-e2e/run.sh base)" "$goal"
  elif peer_script image-bench 300 bash bench/image-bench.sh "$base" "${BENCH_RUNS_IMAGE:-2}"; then
    CMD[image-bench]="bench/image-bench.sh $base ${BENCH_RUNS_IMAGE:-2}"
    rows_file=$log/image-bench.txt
    if ! grep -q "^row$(printf '\t')" "$rows_file"; then
      image_rows <"$log/image-bench.txt" >"$log/image-bench.rows"
      [ -s "$log/image-bench.rows" ] && rows_file=$log/image-bench.rows
    fi
    peer_rows image-bench "$rows_file" "$goal" ge 0.5 || row "$what, output below the table" "ran" "\`tar -c rootfs | sha256sum\`" "-" "$goal" "-"
  else
    sed 's/\x1b\[[0-9;]*m//g' "$log/image-bench.txt" | tail -n 20 >"$log/image-bench.summary"
    peer_outputs+=("bench/image-bench.sh ($peer_status):" "$(cat "$log/image-bench.summary")")
    row "$what, output below the table" "FAILED: $peer_status" "-" "-" "$goal" "NO"
  fi
fi

# ---------------------------------------------------------------------------------------------------
if wants e; then
  section e "(e) peer scripts"
  scripts=(bench/graph-bench.sh bench/eval-bench.sh)
  for script in bench/*-bench.sh; do
    case " ${scripts[*]} bench/nixlib-bench.sh bench/image-bench.sh " in
      *" $script "*) ;;  # listed, or run by a section of its own (g, h)
      *) [ -f "$script" ] && scripts+=("$script") ;;
    esac
  done
  for script in "${scripts[@]}"; do
    if [ -f "$script" ]; then
      name=$(basename "$script" .sh)
      args=()
      # DSatur's best of 1 after a warm-up: JGraphT's 7 s runs would take a minute more
      [ "$name" = graph-bench ] && read -r -a args <<<"${BENCH_GRAPH_ARGS:-100000 1000000 1}"
      printf '   $ BENCH_MODELS=%s bash %s%s\n' "$models" "$script" "${args[*]:+ ${args[*]}}"
      t0=$(date +%s)
      BENCH_MODELS="$models" timeout 300 bash "$script" "${args[@]}" >"$log/$name.txt" 2>&1
      rc=$?
      # their summary: the output without Maven's noise (ANSI colours, [INFO]/[WARNING] lines), 20 lines at most
      sed 's/\x1b\[[0-9;]*m//g' "$log/$name.txt" | grep -v '^\[\(INFO\|WARNING\)\]' | grep -v '^[[:space:]]*$' | tail -n 20 >"$log/$name.summary"
      status="exit $rc$( [ "$rc" = 124 ] && echo ', timed out after 300 s'), $(( $(date +%s) - t0 )) s"
      note "-> $status; summary:"
      sed 's/^/      /' "$log/$name.summary"
      peer_outputs+=("$script ($status):" "$(cat "$log/$name.summary")")
      row "\`$script\` (output below the table)" "$( [ "$rc" = 0 ] && echo ran || echo "FAILED: $status")" "" "" "" "$( [ "$rc" = 0 ] && echo - || echo NO)"
    else
      note "$script: not on this branch, skipped"
    fi
  done
fi

# ---------------------------------------------------------------------------------------------------
section end ""
elapsed=$(( $(date +%s) - suite_start ))
{
  echo "dydisnix benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit, $(nproc) cores, suite took ${elapsed}s"
  echo "command: bench/run.sh${argline:+ $argline} (sections: $sections)"
  echo "load average at start $load_start, at end $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null); times are wall-clock medians, CPU is user+system"
  printf 'elapsed per section:'
  for i in "${!section_tags[@]}"; do printf ' %s %ss' "${section_tags[$i]}" "${section_secs[$i]}"; done
  echo
  echo
  echo "| what | ours | peer | ratio | goal | met? |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  for ((i = 0; i < ${#peer_outputs[@]}; i += 2)); do
    printf '%s\n\n```\n%s\n```\n\n' "${peer_outputs[$i]}" "${peer_outputs[$((i + 1))]}"
  done
  echo "Commands measured:"
  for key in "${!CMD[@]}"; do printf '%s\n' "- $key: \`${CMD[$key]}\`"; done | sort
} >"$summary"
printf '\n== summary (%s)\n' "$summary"
cat "$summary"
cp "$summary" "$out/latest.md"
