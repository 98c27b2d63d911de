let
  names = builtins.genList (i: "service${toString i}") 300;
in
[
  (builtins.elem "service299" names)
  (builtins.elem "service300" names)
  (builtins.elem ("serv" + "ice17") names)
  (builtins.elem "b" [ "a" "b" (throw "not forced") ])
  (builtins.elem "c" [ "a" 1 null [ "c" ] { c = "c"; } ])
  (builtins.elem "" [ "a" "" ])
  (builtins.elem "1" [ 1 ])
  (builtins.length (builtins.foldl' (acc: e: if builtins.elem e acc then acc else acc ++ [ e ]) [ ] (names ++ [ "a" ] ++ names)))
]
