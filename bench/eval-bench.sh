#!/bin/sh
# Times the embedded Nix evaluator against nix-instantiate on a generated services model.
# Usage: bench/eval-bench.sh [number-of-services]   (default 10000; needs nix-instantiate on PATH)
set -eu
cd "$(dirname "$0")/.."
exec mvn -q -B -pl model-parser test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.dydisnix.nix.EvalBenchmark -Dexec.args="${1:-10000}"
