# a path may start with an interpolation right after the root slash
let x = "foo"; in [
  (builtins.typeOf /${x})
  (toString /${x}/bar)
  (toString /${x})
]
