#!/usr/bin/env bash
# Prints one Nix expression holding the module-system cases of a nixpkgs lib's lib/tests/modules.sh
# (every `checkConfigOutput` of a plain attribute path over plain module files that need no store),
# each evaluated deeply under builtins.tryEval, as a list of booleans: many small evaluations of
# the module system in one process. Usage: bench/nixlib/modules-cases.sh <nixpkgs.lib checkout>
set -euo pipefail
tests=$(cd "$1/lib/tests" && pwd)
# module files that build derivations or read the store: not evaluable without a store
mapfile -t stored < <(cd "$tests" && grep -lE 'derivation|/nix/store|drvPath|toFile|pkgs' modules/*.nix)
awk -v dir="$tests" -v stored="${stored[*]}" '
BEGIN {
  n = split(stored, s, " ")
  for (i = 1; i <= n; i++) skip["./" substr(s[i], 9)] = 1
  print "["
}
/^checkConfigOutput '\''[^'\'']*'\'' / {
  rest = $0
  sub(/^checkConfigOutput '\''[^'\'']*'\'' /, "", rest)
  if (rest ~ /[$'\''"\\]/) next
  k = split(rest, f, " ")
  if (k < 2) next
  modules = ""
  for (i = 2; i <= k; i++) {
    if (f[i] !~ /^\.\/[A-Za-z0-9_.\/-]+\.nix$/ || (f[i] in skip)) next
    modules = modules " " dir "/modules/" substr(f[i], 3)
  }
  e = "(import " dir "/modules/default.nix { modules = [" modules " ]; })"
  m = split(f[1], p, ".")
  for (i = 1; i <= m; i++) e = (p[i] ~ /^[0-9]+$/) ? "(builtins.elemAt " e " " p[i] ")" : e ".\"" p[i] "\""
  print "  (builtins.tryEval (builtins.deepSeq " e " true)).success"
}
END { print "]" }
' "$tests/modules.sh"
