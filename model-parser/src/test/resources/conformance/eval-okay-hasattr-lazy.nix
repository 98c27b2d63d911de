# `?` does not force the attribute's value (nor the last set of a path)
[
  ({ a = throw "boom"; } ? a)
  ({ a.b = throw "boom"; } ? a.b)
  ({ a = throw "boom"; } ? b)
  ({ a = 1; } ? a.b)
  (let fix = f: let x = f x; in x; in (fix (self: { a = self ? b; b = 1; })).a)
]
