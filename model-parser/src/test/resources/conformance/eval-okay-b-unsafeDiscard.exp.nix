"/nix/store/lfngsssysp6h1v4ccqg23c52s9sjl779-x"
