builtins.compareVersions "" ""
