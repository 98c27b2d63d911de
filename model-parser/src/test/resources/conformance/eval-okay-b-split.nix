[ (builtins.split "," "a,b,c") (builtins.split "(,)" "a,b") (builtins.split "([0-9])" "a1b2c") (builtins.split "x" "none") (builtins.split "[[:space:]]+" "a  b c") ]
