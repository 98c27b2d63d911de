[ (builtins.isAttrs builtins) (builtins.builtins ? map) (builtins ? builtins) (__length [ 1 ]) ]
