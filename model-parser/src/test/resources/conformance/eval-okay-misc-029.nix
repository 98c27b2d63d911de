builtins.compareVersions "1a" "1b"
