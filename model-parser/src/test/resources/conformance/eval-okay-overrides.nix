# `__overrides` of a rec set replaces attributes, also where the set refers to them
[
  rec { __overrides = { a = 2; }; a = 1; b = a; }.b
  (builtins.attrNames rec { __overrides = { c = 3; }; a = 1; })
  rec { __overrides = { c = 3; }; a = 1; }.c
]
