# builtins.path and filterSource give the store paths Nix computes (NAR hash, filter, flat)
[
  (builtins.path { path = ./data/dir; })
  (builtins.path { path = ./data/dir; name = "renamed"; })
  (builtins.path { path = ./data/dir; filter = p: t: t == "directory" || baseNameOf p != "a.txt"; })
  (builtins.filterSource (p: t: t == "regular") ./data/dir)
  (builtins.path { path = ./data/file.txt; recursive = false; })
  (builtins.path { path = ./data/file.txt; })
  (builtins.getContext (builtins.path { path = ./data/dir; }))
  (builtins.hashString "md5" "abc")
  (builtins.hashString "sha1" "abc")
  (builtins.hashString "sha512" "abc")
]
