"/nix/store/f56qpp9vl63xkmbl66vwgkx0vjv2kw36-file.txt"
