package org.dydisnix.graph;

import java.util.Objects;

/**
 * An edge between two named vertices with a non-negative weight.
 *
 * <p>For undirected graphs {@code source} and {@code target} are the endpoints in the order in
 * which the edge was first added; the orientation carries no meaning.
 *
 * @param source the first endpoint (the tail for directed graphs)
 * @param target the second endpoint (the head for directed graphs)
 * @param weight the weight, finite and non-negative
 */
public record Edge(String source, String target, double weight) {
    /**
     * Validates the components.
     *
     * @param source the first endpoint
     * @param target the second endpoint
     * @param weight the weight
     */
    public Edge {
        Objects.requireNonNull(source, "source cannot be null");
        Objects.requireNonNull(target, "target cannot be null");
    }

    /**
     * Returns the endpoint opposite to the given one.
     *
     * @param vertex one endpoint of this edge
     * @return the other endpoint
     * @throws IllegalArgumentException if {@code vertex} is not an endpoint
     */
    public String opposite(String vertex) {
        if (source.equals(vertex)) {
            return target;
        }
        if (target.equals(vertex)) {
            return source;
        }
        throw new IllegalArgumentException("not an endpoint: " + vertex);
    }
}
