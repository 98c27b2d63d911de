package org.dydisnix.nix;

/**
 * The names arrays of small sets made at run time (by {@code listToAttrs}, {@code removeAttrs},
 * dynamic attributes), made one array per list of names, so that sets of the same names share it
 * like sets made by one literal do and the inline caches keyed by it hit. A bounded table: an array
 * evicts the one in its place; shared by all threads without a lock, so an entry is only ever
 * compared, never trusted to be complete.
 */
final class Shapes {
    private static final int BITS = 12;
    private static final int MAX = 16;
    private static final String[][] TABLE = new String[1 << BITS][];

    private Shapes() {}

    /** The array of these sorted names known already, else {@code names} (never changed after). */
    static String[] of(String[] names) {
        int n = names.length;
        if (n == 0 || n > MAX) {
            return names;
        }
        int hash = n;
        for (String name : names) {
            hash = hash * 31 + name.hashCode();
        }
        int slot = (hash * 0x9E3779B9) >>> (32 - BITS);
        String[] known = TABLE[slot];
        if (known != null && known.length == n && same(known, names)) {
            return known;
        }
        TABLE[slot] = names;
        return names;
    }

    private static boolean same(String[] a, String[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i] && (a[i] == null || !a[i].equals(b[i]))) {
                return false;
            }
        }
        return true;
    }
}
