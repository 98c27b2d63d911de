package org.dydisnix.nix;

/**
 * Attribute names in their natural order by a natural merge sort of indices: linear on names that
 * come sorted or as a few sorted runs (sets merged), and small enough that a short evaluation does
 * not compile the JDK's two TimSorts besides it.
 */
final class NameSort {

    private NameSort() {}

    /** The indices of {@code names} in the order of their names; equal names keep their order. */
    static int[] order(String[] names) {
        int n = names.length;
        int[] from = new int[n];
        for (int i = 0; i < n; i++) {
            from[i] = i;
        }
        int[] to = null;
        while (true) {
            int first = runEnd(names, from, 0, n);
            if (first == n) {
                return from;
            }
            if (to == null) {
                to = new int[n];
            }
            int start = 0;
            int middle = first;
            while (start < n) {
                if (middle == n) {
                    System.arraycopy(from, start, to, start, n - start);
                    break;
                }
                int end = runEnd(names, from, middle, n);
                merge(names, from, to, start, middle, end);
                start = end;
                middle = start < n ? runEnd(names, from, start, n) : n;
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
    }

    /** Sorts {@code names} in place. */
    static void sort(String[] names) {
        int n = names.length;
        if (runEnd(names, null, 0, n) == n) {
            return;
        }
        int[] order = order(names);
        String[] unsorted = names.clone();
        for (int i = 0; i < n; i++) {
            names[i] = unsorted[order[i]];
        }
    }

    /** The end of the ascending run of {@code names} (through {@code index}, if given) at start. */
    private static int runEnd(String[] names, int[] index, int start, int n) {
        int i = start + 1;
        if (index == null) {
            while (i < n && names[i - 1].compareTo(names[i]) <= 0) {
                i++;
            }
        } else {
            while (i < n && names[index[i - 1]].compareTo(names[index[i]]) <= 0) {
                i++;
            }
        }
        return Math.min(i, n);
    }

    private static void merge(
            String[] names, int[] from, int[] to, int start, int middle, int end) {
        int left = start;
        int right = middle;
        int out = start;
        while (left < middle && right < end) {
            to[out++] =
                    names[from[left]].compareTo(names[from[right]]) <= 0
                            ? from[left++]
                            : from[right++];
        }
        System.arraycopy(from, left, to, out, middle - left);
        out += middle - left;
        System.arraycopy(from, right, to, out, end - right);
    }
}
