package org.dydisnix.model;

/**
 * One candidate placement of a service: a target key and, optionally, the container on it.
 *
 * @param target the infrastructure key of the target
 * @param container the container name, or null for the service type's default
 */
public record Mapping(String target, String container) {

    /** A mapping to a target without a container. */
    public static Mapping to(String target) {
        return new Mapping(target, null);
    }
}
