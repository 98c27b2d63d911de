"/nix/store/i3vl5f9f521bladwcs3zi5gmc1pd6qr6-hello.txt"
