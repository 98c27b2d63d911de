package org.dydisnix.nix;

/**
 * The inline cache of a function's set pattern: where its formals sit in the last shape (names
 * array) of argument set it was called with, and the first name of that shape it has no formal for.
 * A pattern called with sets of several shapes finds them in a table shared by all patterns
 * (bounded: a shape evicts the one in its place).
 */
final class FormalsSite {
    private static final int BITS = 12;
    private static final Shape[] SHAPES = new Shape[1 << BITS];

    private final Expr.Formal[] formals;

    private Shape shape;

    FormalsSite(Expr.Formal[] formals) {
        this.formals = formals;
    }

    /** The shape of an argument set: for each formal, its index in the set or -1. */
    Shape in(NixAttrs actual) {
        Shape s = shape;
        if (s != null && s.names == actual.names) {
            return s;
        }
        String[] names = actual.names;
        int slot =
                (System.identityHashCode(names) * 31 + System.identityHashCode(this)) * 0x9E3779B9
                        >>> (32 - BITS);
        s = SHAPES[slot];
        if (s == null || s.names != names || s.site != this) {
            s = Shape.of(this, names);
            SHAPES[slot] = s;
        }
        shape = s;
        return s;
    }

    /**
     * Where each formal is in a set of {@code names} ({@code index}, -1 when absent) and the first
     * of {@code names} that is no formal, or null.
     */
    record Shape(FormalsSite site, String[] names, int[] index, String unexpected) {

        static Shape of(FormalsSite site, String[] names) {
            Expr.Formal[] formals = site.formals;
            NixAttrs lookup = new NixAttrs(names, null, null);
            int[] index = new int[formals.length];
            int found = 0;
            for (int k = 0; k < formals.length; k++) {
                int i = lookup.indexOf(formals[k].name());
                index[k] = i >= 0 ? i : -1;
                found += i >= 0 ? 1 : 0;
            }
            String unexpected = null;
            if (found < names.length) {
                for (String name : names) {
                    if (!isFormal(formals, name)) {
                        unexpected = name;
                        break;
                    }
                }
            }
            return new Shape(site, names, index, unexpected);
        }

        private static boolean isFormal(Expr.Formal[] formals, String name) {
            for (Expr.Formal formal : formals) {
                if (formal.name().equals(name)) {
                    return true;
                }
            }
            return false;
        }
    }
}
