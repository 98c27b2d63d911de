builtins.concatMap (x: [ x ]) [ ]
