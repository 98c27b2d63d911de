package org.dydisnix.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** The target machines of a system, by key in sorted order. */
public record Infrastructure(SortedMap<String, Target> targets) {

    public Infrastructure {
        targets = Collections.unmodifiableSortedMap(new TreeMap<>(targets));
    }
}
