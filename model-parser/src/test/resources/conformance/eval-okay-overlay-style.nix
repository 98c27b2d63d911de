let base = self: { a = 1; b = self.a + 10; }; ext = self: super: { a = 2; c = super.b; }; fix = f: let x = f x; in x; in fix (self: let super = base self; in super // ext self super)
