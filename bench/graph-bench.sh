#!/usr/bin/env bash
# Runs the graph-core benchmarks: DSatur vs JGraphT, isolating-cut multiway cut vs the original heuristic.
# Usage: bench/graph-bench.sh [vertices edges repetitions] ; results are also written to bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/results
export MAVEN_OPTS="${MAVEN_OPTS:--Xmx4g}"
COLORING_ARGS="${1:-100000} ${2:-1000000} ${3:-3}"
CUT_ARGS="${CUT_ARGS:-20000 16 ${3:-3}}"
run() {
  mvn -q -B -Dstyle.color=never -pl graph-core test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass="$1" -Dexec.args="$2"
}
{
  echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $(java -version 2>&1 | head -1), $(nproc) cores"
  run org.dydisnix.graph.bench.ColoringBenchmark "$COLORING_ARGS"
  run org.dydisnix.graph.bench.MultiwayCutBenchmark "$CUT_ARGS"
} | sed 's/\x1b\[[0-9;]*m//g' | tee bench/results/graph-bench.txt
