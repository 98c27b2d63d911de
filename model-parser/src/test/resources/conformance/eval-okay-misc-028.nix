builtins.compareVersions "2.0" "2.0.0"
