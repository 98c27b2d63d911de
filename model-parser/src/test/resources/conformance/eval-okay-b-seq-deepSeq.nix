[ (builtins.seq 1 2) (builtins.deepSeq [ 1 { a = 2; } ] 3) (builtins.seq { a = throw "lazy"; } "ok") ]
