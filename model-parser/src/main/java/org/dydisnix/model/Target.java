package org.dydisnix.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A target machine of an infrastructure model.
 *
 * @param key the attribute name that identifies the target
 * @param properties its properties as plain data (hostname and any others)
 * @param containers container name to the container's properties as plain data
 * @param system the system type, or null
 * @param numOfCores the number of cores (1 when unspecified)
 * @param targetProperty the property that holds its address ({@code hostname} when unspecified)
 * @param position where the target is defined
 */
public record Target(
        String key,
        SortedMap<String, Object> properties,
        SortedMap<String, SortedMap<String, Object>> containers,
        String system,
        int numOfCores,
        String targetProperty,
        SourcePosition position) {

    /** The property that holds a target's address unless the target or the user names another. */
    public static final String DEFAULT_TARGET_PROPERTY = "hostname";

    public Target {
        properties = Collections.unmodifiableSortedMap(new TreeMap<>(properties));
        containers = Collections.unmodifiableSortedMap(new TreeMap<>(containers));
        targetProperty = targetProperty == null ? DEFAULT_TARGET_PROPERTY : targetProperty;
    }

    /** The value of the target property (its address), or null. */
    public String address() {
        Object value = properties.get(targetProperty);
        return value == null ? null : value.toString();
    }
}
