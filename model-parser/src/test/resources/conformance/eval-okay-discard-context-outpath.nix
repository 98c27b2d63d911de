# unsafeDiscardStringContext coerces a set with outPath or __toString
[
  (builtins.unsafeDiscardStringContext { outPath = "/x"; })
  (builtins.unsafeDiscardStringContext { __toString = self: "y"; })
  (builtins.hasContext (builtins.unsafeDiscardStringContext "${builtins.toFile "f" "c"}"))
]
