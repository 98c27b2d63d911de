[ "/nix/store/hf8a2m86b5rcdlk4idjkpggqilwb4h0r-a.conf" "/nix/store/fgijdypzsafhnjjf0qibh2cw19b3lcfp-b.sh" "prefix-/nix/store/fgijdypzsafhnjjf0qibh2cw19b3lcfp-b.sh" ]
