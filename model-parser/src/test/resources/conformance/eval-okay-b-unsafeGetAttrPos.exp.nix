[ 1 19 "value.nix" null ]
