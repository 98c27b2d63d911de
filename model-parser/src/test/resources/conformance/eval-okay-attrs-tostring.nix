let s = { __toString = self: "S(${toString self.v})"; v = 3; }; in [ "${s}" (toString s) (s + "!") ]
