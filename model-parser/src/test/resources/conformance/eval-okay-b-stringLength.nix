[ (builtins.stringLength "") (builtins.stringLength "abc") (builtins.stringLength "a\nb") ]
