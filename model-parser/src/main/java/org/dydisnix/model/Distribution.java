package org.dydisnix.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A distribution model: for each service key the targets it is (or may be) deployed to.
 *
 * @param mappings service key to its mappings, in model order
 * @param positions where each service's mappings are written (absent for computed distributions)
 */
public record Distribution(
        SortedMap<String, List<Mapping>> mappings, Map<String, SourcePosition> positions) {

    public Distribution {
        SortedMap<String, List<Mapping>> copy = new TreeMap<>();
        mappings.forEach((service, targets) -> copy.put(service, List.copyOf(targets)));
        mappings = Collections.unmodifiableSortedMap(copy);
        positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    }

    /** A computed distribution without source positions. */
    public static Distribution of(SortedMap<String, List<Mapping>> mappings) {
        return new Distribution(mappings, Map.of());
    }

    /** Where the service's mappings are written, or null. */
    public SourcePosition positionOf(String service) {
        return positions.get(service);
    }
}
