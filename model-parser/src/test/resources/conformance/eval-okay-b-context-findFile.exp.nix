[ { "/nix/store/g76zcpqc540lrc8i6g7xy6ip0npn2hnp-a" = { path = true; }; } { } 1 "x" @CORPUS@/data/file.txt "{ name = \"value\"; list = [ 1 2 3 ]; nested.deep = true; }\n" ]
