[ (builtins.splitVersion "1.2.3") (builtins.splitVersion "2.0pre1") (builtins.splitVersion "1.2-rc3.4a") (builtins.splitVersion "") ]
