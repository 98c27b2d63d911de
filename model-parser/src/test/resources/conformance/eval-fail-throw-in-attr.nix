{ a = 1; b = throw "bad b"; }
