builtins.match "[[:alnum:]_-]+" "a_b-c1"
