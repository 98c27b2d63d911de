package org.dydisnix.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** The services of a system, by key in sorted order. */
public record ServicesModel(SortedMap<String, Service> services) {

    public ServicesModel {
        services = Collections.unmodifiableSortedMap(new TreeMap<>(services));
    }
}
