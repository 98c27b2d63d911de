package org.dydisnix.graph;

/**
 * An immutable directed graph with string-named vertices and weighted edges.
 *
 * <p>Built with {@link #builder()}: vertex ids follow insertion order, edges that are added more
 * than once (with the same source and target) are merged into one edge whose weight is the sum of
 * the added weights, and self-loops are ignored. Weights must be finite and non-negative. Storage
 * is compressed sparse rows over primitive arrays (about 40 bytes per edge plus the vertex names).
 */
public final class DirectedGraph extends StoredGraph {
    private DirectedGraph(GraphStore store) {
        super(store);
    }

    /**
     * Creates a builder for a new graph.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean isDirected() {
        return true;
    }

    /**
     * Collects vertices and edges for an {@link DirectedGraph}; reusable, each {@link #build()}
     * takes a snapshot.
     */
    public static final class Builder extends GraphBuilder<Builder> {
        private Builder() {
            super(true);
        }

        /**
         * Takes a snapshot of the vertices and edges added so far.
         *
         * @return the immutable directed graph
         */
        public DirectedGraph build() {
            return new DirectedGraph(acc.build());
        }
    }
}
