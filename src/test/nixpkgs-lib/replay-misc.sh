#!/usr/bin/env bash
# nixpkgs lib's own test suite through the embedded evaluator: `lib/tests/misc.nix` evaluates to
# `[ ]` when every test passes, both with an empty parse cache and with the one that run filled.
# Usage: src/test/nixpkgs-lib/replay-misc.sh [nixpkgs.lib checkout]
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
    echo "replay-misc: SKIPPED: nixpkgs.lib $pinned cannot be fetched (no network?)" >&2
    exit 0
  fi
  checkout=$tmp/nixpkgs.lib
fi
for cache in empty filled; do
  result=$("$root/bin/dydisnix" eval --strict --format nix "$checkout/lib/tests/misc.nix" 2>/dev/null)
  if [ "$result" = "[ ]" ]; then
    echo "replay-misc: lib/tests/misc.nix evaluates to [ ] with the parse cache $cache (every test passes)"
  else
    echo "replay-misc: FAILED: lib/tests/misc.nix evaluates to (parse cache $cache):" >&2
    echo "$result" >&2
    exit 1
  fi
done
if ! ls "$DYDISNIX_CACHE_DIR" | grep -q '^misc\.nix-.*\.tree$'; then
  echo "replay-misc: FAILED: the first run left no parse cache entry of misc.nix" >&2
  exit 1
fi
