[ 1 9 "eval-okay-curPos.nix" 67 ]
