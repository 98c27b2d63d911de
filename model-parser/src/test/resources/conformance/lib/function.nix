{ a, b ? a + 1 }: { sum = a + b; inherit a b; }
