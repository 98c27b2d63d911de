let f = builtins.toFile "a.conf" "x = 1"; g = builtins.toFile "b.sh" "source ${f}"; in [ f g "prefix-${g}" ]
