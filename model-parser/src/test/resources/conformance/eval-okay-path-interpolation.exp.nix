[ "Hello from a data file.\n" "Hello from a data file.\n" "value.nix" "value" true "path" ]
