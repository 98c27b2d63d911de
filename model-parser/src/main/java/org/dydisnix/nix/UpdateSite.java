package org.dydisnix.nix;

import java.util.Arrays;

/**
 * The inline cache of one {@code //} node: how the names of the last pair of operand shapes (their
 * names arrays) merge, so that updating sets of those shapes again copies attributes without
 * comparing a name, and its results share one names array. A pair of shapes is planned when it is
 * met a second time (a pair met once, as when a set grows by {@code //} in a loop, is merged
 * directly); a node that meets several pairs finds their plans in a table shared by all nodes
 * (bounded: a plan evicts the one in its place).
 */
final class UpdateSite {
    private static final int BITS = 12;
    private static final Plan[] PLANS = new Plan[1 << BITS];

    private Plan plan;

    /** {@code left // right}, both non-empty. */
    NixAttrs update(NixAttrs left, NixAttrs right) {
        Plan p = plan;
        String[] a = left.names;
        String[] b = right.names;
        if (p != null && p.left == a && p.right == b) {
            return p.apply(left, right);
        }
        int slot =
                (System.identityHashCode(a) * 31 + System.identityHashCode(b)) * 0x9E3779B9
                        >>> (32 - BITS);
        p = PLANS[slot];
        if (p == null || p.left != a || p.right != b) {
            PLANS[slot] = new Plan(a, b, null, null);
            return NixAttrs.update(left, right);
        }
        if (p.names == null) {
            p = Plan.of(a, b);
            PLANS[slot] = p;
        }
        plan = p;
        return p.apply(left, right);
    }

    /**
     * How the attributes of two shapes make the result (not known yet: {@code names} null): {@code
     * right} itself ({@code from} null); the names of {@code left} with those of {@code right} at
     * positions {@code from} ({@code names == left}); or each of {@code names} from {@code left} at
     * {@code from[k] >= 0}, else from {@code right} at {@code ~from[k]}.
     */
    record Plan(String[] left, String[] right, String[] names, int[] from) {

        static Plan of(String[] a, String[] b) {
            return b.length <= 8 ? few(a, b) : merge(a, b);
        }

        /** The plan for few names on the right: each looked up on the left. */
        private static Plan few(String[] a, String[] b) {
            NixAttrs lookup = new NixAttrs(a, null, null);
            int[] at = new int[b.length];
            int added = 0;
            for (int j = 0; j < b.length; j++) {
                at[j] = lookup.indexOf(b[j]);
                added += at[j] < 0 ? 1 : 0;
            }
            if (b.length - added == a.length) {
                return new Plan(a, b, b, null);
            }
            if (added == 0) {
                return new Plan(a, b, a, at);
            }
            String[] names = new String[a.length + added];
            int[] from = new int[names.length];
            int i = 0;
            int n = 0;
            for (int j = 0; j < b.length; j++) {
                int upTo = at[j] >= 0 ? at[j] : -(at[j] + 1);
                while (i < upTo) {
                    names[n] = a[i];
                    from[n++] = i++;
                }
                names[n] = b[j];
                from[n++] = ~j;
                i = at[j] >= 0 ? at[j] + 1 : upTo;
            }
            while (i < a.length) {
                names[n] = a[i];
                from[n++] = i++;
            }
            return new Plan(a, b, names, from);
        }

        /** The plan for many names on the right: both sorted arrays merged. */
        private static Plan merge(String[] a, String[] b) {
            String[] merged = new String[a.length + b.length];
            int[] from = new int[merged.length];
            int i = 0;
            int j = 0;
            int n = 0;
            while (i < a.length && j < b.length) {
                int c = a[i] == b[j] ? 0 : a[i].compareTo(b[j]);
                if (c < 0) {
                    merged[n] = a[i];
                    from[n++] = i++;
                } else {
                    if (c == 0) {
                        i++;
                    }
                    merged[n] = b[j];
                    from[n++] = ~j++;
                }
            }
            while (i < a.length) {
                merged[n] = a[i];
                from[n++] = i++;
            }
            while (j < b.length) {
                merged[n] = b[j];
                from[n++] = ~j++;
            }
            if (n == b.length) {
                return new Plan(a, b, b, null);
            }
            if (n == a.length) {
                int[] at = new int[b.length];
                for (int k = 0; k < n; k++) {
                    if (from[k] < 0) {
                        at[~from[k]] = k;
                    }
                }
                return new Plan(a, b, a, at);
            }
            return new Plan(a, b, Arrays.copyOf(merged, n), Arrays.copyOf(from, n));
        }

        NixAttrs apply(NixAttrs l, NixAttrs r) {
            int[] from = this.from;
            if (from == null) {
                return r;
            }
            Attr[] values;
            if (names == left) {
                values = NixAttrs.copy(l.values);
                Attr[] replacements = r.values;
                for (int j = 0; j < from.length; j++) {
                    values[from[j]] = replacements[j];
                }
            } else {
                values = new Attr[from.length];
                Attr[] lv = l.values;
                Attr[] rv = r.values;
                for (int k = 0; k < from.length; k++) {
                    int f = from[k];
                    values[k] = f >= 0 ? lv[f] : rv[~f];
                }
            }
            return new NixAttrs(names, values, r.position);
        }
    }
}
