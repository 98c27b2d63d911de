package org.dydisnix.graph;

import java.util.Collection;

/**
 * Collects vertices and edges for a graph; reusable, each {@code build()} takes a snapshot.
 *
 * @param <B> the concrete builder type, returned by every adding method
 */
public abstract class GraphBuilder<B extends GraphBuilder<B>> {
    final GraphStore.Accumulator acc;

    GraphBuilder() {
        this.acc = new GraphStore.Accumulator();
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * Adds a vertex if it is not present yet.
     *
     * @param name the vertex name
     * @return this builder
     */
    public B addVertex(String name) {
        acc.vertex(name);
        return self();
    }

    /**
     * Adds every vertex of a collection in iteration order.
     *
     * @param names the vertex names
     * @return this builder
     */
    public B addVertices(Collection<String> names) {
        for (String name : names) {
            acc.vertex(name);
        }
        return self();
    }

    /**
     * Returns the id that a vertex has (or will have, adding it now) in the built graph.
     *
     * @param name the vertex name
     * @return its id
     */
    public int vertexId(String name) {
        return acc.vertex(name);
    }

    /**
     * Returns the number of vertices added so far.
     *
     * @return the vertex count
     */
    public int vertexCount() {
        return acc.vertexCount();
    }

    /**
     * Adds an edge of weight 1, adding missing endpoints (source first).
     *
     * @param source the first endpoint
     * @param target the second endpoint
     * @return this builder
     */
    public B addEdge(String source, String target) {
        return addEdge(source, target, 1.0);
    }

    /**
     * Adds a weighted edge, adding missing endpoints (source first).
     *
     * @param source the first endpoint
     * @param target the second endpoint
     * @param weight a finite, non-negative weight
     * @return this builder
     * @throws IllegalArgumentException if the weight is negative, infinite or NaN
     */
    public B addEdge(String source, String target, double weight) {
        int s = acc.vertex(source);
        int t = acc.vertex(target);
        acc.edge(s, t, weight);
        return self();
    }

    /**
     * Adds a weighted edge between two vertices that were already added, by id.
     *
     * @param source the id of the first endpoint
     * @param target the id of the second endpoint
     * @param weight a finite, non-negative weight
     * @return this builder
     * @throws IndexOutOfBoundsException if an id is unknown
     */
    public B addEdge(int source, int target, double weight) {
        acc.edge(source, target, weight);
        return self();
    }
}
