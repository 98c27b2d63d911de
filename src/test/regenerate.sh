#!/usr/bin/env bash
# Re-runs acceptance cases and rewrites their expected stdout/stderr/exit from the current build.
# Usage: src/test/regenerate.sh [case-name...]   (all cases when none are named). Review with git diff.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root/src/test/acceptance"
cases=("$@")
DYDISNIX_CACHE_DIR=$(mktemp -d)
export DYDISNIX_CACHE_DIR
trap 'rm -rf "$DYDISNIX_CACHE_DIR"' EXIT
[ ${#cases[@]} -gt 0 ] || mapfile -t cases < <(ls)
for c in "${cases[@]}"; do
  [ -f "$c/cmd" ] || continue
  (
    cd "$c"
    set +e
    PATH="$root/bin:$PATH" EXAMPLES="$root/examples" LC_ALL=C.UTF-8 bash -c "$(cat cmd)" > stdout 2> stderr < /dev/null
    code=$?
    set -e
    if [ "$code" -eq 0 ]; then rm -f exit; else echo "$code" > exit; fi
    [ -s stderr ] || rm -f stderr
  )
done
