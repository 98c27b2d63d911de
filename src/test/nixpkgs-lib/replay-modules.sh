#!/usr/bin/env bash
# nixpkgs lib's module-system test suite through the embedded evaluator: `lib/tests/modules.sh`
# runs, unmodified, with a `nix-instantiate` on PATH that is `dydisnix eval`, so every
# checkConfigOutput/checkConfigError/checkExpression case compares our values and errors with
# what the script expects. Usage: src/test/nixpkgs-lib/replay-modules.sh [nixpkgs.lib checkout]
# Without a checkout, the pinned revision is cloned into a temporary directory; when that is not
# possible (no network), the replay is skipped with a message and exit 0. Needs `mvn package`.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
pinned=de42d44212d207476489bce163375d8306a26d59
checkout=${1:-${DYDISNIX_NIXPKGS_LIB:-}}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export DYDISNIX_CACHE_DIR=$tmp/parse-cache
if [ -z "$checkout" ]; then
  if ! git clone -q https://github.com/nix-community/nixpkgs.lib "$tmp/nixpkgs.lib" 2>/dev/null \
      || ! git -C "$tmp/nixpkgs.lib" checkout -q "$pinned" 2>/dev/null; then
    echo "replay-modules: SKIPPED: nixpkgs.lib $pinned cannot be fetched (no network?)" >&2
    exit 0
  fi
  checkout=$tmp/nixpkgs.lib
fi

# nix-instantiate as modules.sh calls it, answered by `dydisnix eval`.
mkdir "$tmp/bin"
cat > "$tmp/bin/nix-instantiate" <<SHIM
#!/usr/bin/env bash
args=()
while [ \$# -gt 0 ]; do
  case "\$1" in
    --timeout) shift 2 ;;
    --eval-only) args+=(--eval); shift ;;
    --option) args+=(--option "\$2" "\$3"); shift 3 ;;
    *) args+=("\$1"); shift ;;
  esac
done
exec "$root/bin/dydisnix" eval "\${args[@]}"
SHIM
chmod +x "$tmp/bin/nix-instantiate"

log=$tmp/modules.log
status=0
PATH="$tmp/bin:$PATH" bash "$checkout/lib/tests/modules.sh" >"$log" 2>&1 || status=$?
summary=$(sed -n '/====== module tests ======/,$p' "$log" | tr '\n' ' ')
if [ "$status" -eq 0 ]; then
  echo "replay-modules: lib/tests/modules.sh: $summary"
else
  echo "replay-modules: FAILED: lib/tests/modules.sh (exit $status): $summary" >&2
  grep -B2 -A12 'TEST FAILED\|^ACTUAL' "$log" | head -400 >&2 || tail -50 "$log" >&2
  exit 1
fi
