package org.dydisnix.nix;

import java.util.Comparator;

/** Indices into an array of attribute names, in the order of their names. */
record NameOrder(String[] names) implements Comparator<Integer> {
    @Override
    public int compare(Integer x, Integer y) {
        return names[x].compareTo(names[y]);
    }
}
