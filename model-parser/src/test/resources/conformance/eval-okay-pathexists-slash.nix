# a path written with a trailing slash exists only as a directory
[
  (builtins.pathExists (toString ./data/file.txt + "/"))
  (builtins.pathExists (toString ./data/file.txt))
  (builtins.pathExists (toString ./data + "/"))
  (builtins.pathExists (toString ./data + "/."))
  (builtins.pathExists ./data/nonexistent)
]
