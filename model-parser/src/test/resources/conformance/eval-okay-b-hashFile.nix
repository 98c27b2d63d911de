[ (builtins.hashFile "sha256" ./data/file.txt) (builtins.hashFile "md5" ./data/file.txt) (builtins.hashFile "sha1" ./data/dir/a.txt) ]
