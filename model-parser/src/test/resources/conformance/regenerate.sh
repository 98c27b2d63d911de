#!/bin/sh
# Regenerates the golden outputs of the conformance corpus with the real nix-instantiate (Nix 2.8):
# eval-okay-*.nix -> .exp.json (--eval --strict --json) and .exp.nix (--eval --strict, with this
# directory written as @CORPUS@); eval-fail-*.nix must fail (their .exp.err kinds are written by hand;
# an .exp.msg holds the first line of nix-instantiate 2.8's error, without "error: ").
set -eu
cd "$(dirname "$0")"
here=$(pwd)
for f in eval-okay-*.nix; do
  nix-instantiate --store dummy:// --eval --strict --json "$f" > "${f%.nix}.exp.json" 2>/dev/null \
    || { echo "FAILED: $f" >&2; rm -f "${f%.nix}.exp.json"; }
  nix-instantiate --store dummy:// --eval --strict "$f" 2>/dev/null | sed "s|$here|@CORPUS@|g" > "${f%.nix}.exp.nix" \
    || rm -f "${f%.nix}.exp.nix"
done
for f in eval-fail-*.nix; do
  if nix-instantiate --store dummy:// --eval --strict --json "$f" >/dev/null 2>&1; then
    echo "DID NOT FAIL: $f" >&2
  fi
done
