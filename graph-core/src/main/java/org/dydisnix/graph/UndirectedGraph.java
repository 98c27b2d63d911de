package org.dydisnix.graph;

/**
 * An immutable undirected graph with string-named vertices and weighted edges.
 *
 * <p>Built with {@link #builder()}: vertex ids follow insertion order, edges that are added more
 * than once (in either orientation) are merged into one edge whose weight is the sum of the added
 * weights, and self-loops are ignored. Weights must be finite and non-negative. Storage is
 * compressed sparse rows over primitive arrays (about 40 bytes per edge plus the vertex names).
 */
public final class UndirectedGraph extends StoredGraph {
    private UndirectedGraph(GraphStore store) {
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
        return false;
    }

    /**
     * Collects vertices and edges for an {@link UndirectedGraph}; reusable, each {@link #build()}
     * takes a snapshot.
     */
    public static final class Builder extends GraphBuilder<Builder> {
        private Builder() {
            super();
        }

        /**
         * Takes a snapshot of the vertices and edges added so far.
         *
         * @return the immutable undirected graph
         */
        public UndirectedGraph build() {
            return new UndirectedGraph(acc.build());
        }
    }
}
