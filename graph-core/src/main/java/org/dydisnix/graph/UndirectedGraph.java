package org.dydisnix.graph;

import java.util.Collection;
import java.util.List;

/**
 * An immutable undirected graph with string-named vertices and weighted edges.
 *
 * <p>Built with {@link #builder()}: vertex ids follow insertion order, edges that are added more than once
 * (in either orientation) are merged into one edge whose weight is the sum of the added weights, and self-loops are
 * ignored. Weights must be finite and non-negative. Storage is compressed sparse rows over primitive arrays
 * (about 40 bytes per edge plus the vertex names).
 */
public final class UndirectedGraph implements Graph
{
    private final GraphStore store;

    private UndirectedGraph(GraphStore store)
    {
        this.store = store;
    }

    /**
     * Creates a builder for a new graph.
     *
     * @return an empty builder
     */
    public static Builder builder()
    {
        return new Builder();
    }

    @Override
    public boolean isDirected()
    {
        return false;
    }

    @Override
    public int vertexCount()
    {
        return store.names.length;
    }

    @Override
    public int edgeCount()
    {
        return store.source.length;
    }

    @Override
    public String vertex(int id)
    {
        return store.names[id];
    }

    @Override
    public int indexOf(String name)
    {
        return store.indexOf(name);
    }

    @Override
    public List<String> vertices()
    {
        return store.vertexList;
    }

    @Override
    public int edgeSource(int edge)
    {
        return store.source[edge];
    }

    @Override
    public int edgeTarget(int edge)
    {
        return store.target[edge];
    }

    @Override
    public double edgeWeight(int edge)
    {
        return store.weight[edge];
    }

    @Override
    public List<Edge> edges()
    {
        return store.edges();
    }

    @Override
    public int adjacencyStart(int vertex)
    {
        return store.offsets[vertex];
    }

    @Override
    public int adjacencyEnd(int vertex)
    {
        return store.offsets[vertex + 1];
    }

    @Override
    public int adjacentVertex(int slot)
    {
        return store.adjacent[slot];
    }

    @Override
    public int adjacentEdge(int slot)
    {
        return store.adjacentEdge[slot];
    }

    @Override
    public List<String> neighbors(String vertex)
    {
        return store.neighbors(vertex);
    }

    @Override
    public double weight(String source, String target)
    {
        return store.weight(source, target);
    }

    @Override
    public String toString()
    {
        return "UndirectedGraph[vertices=" + vertexCount() + ", edges=" + edgeCount() + "]";
    }

    /** Collects vertices and edges for an {@link UndirectedGraph}; reusable, each {@link #build()} takes a snapshot. */
    public static final class Builder
    {
        private final GraphStore.Accumulator acc = new GraphStore.Accumulator(false);

        private Builder()
        {
        }

        /**
         * Adds a vertex if it is not present yet.
         *
         * @param name the vertex name
         * @return this builder
         */
        public Builder addVertex(String name)
        {
            acc.vertex(name);
            return this;
        }

        /**
         * Adds every vertex of a collection in iteration order.
         *
         * @param names the vertex names
         * @return this builder
         */
        public Builder addVertices(Collection<String> names)
        {
            for (String name : names) {
                acc.vertex(name);
            }
            return this;
        }

        /**
         * Returns the id that a vertex has (or will have, adding it now) in the built graph.
         *
         * @param name the vertex name
         * @return its id
         */
        public int vertexId(String name)
        {
            return acc.vertex(name);
        }

        /**
         * Returns the number of vertices added so far.
         *
         * @return the vertex count
         */
        public int vertexCount()
        {
            return acc.vertexCount();
        }

        /**
         * Adds an edge of weight 1, adding missing endpoints (source first).
         *
         * @param source the first endpoint
         * @param target the second endpoint
         * @return this builder
         */
        public Builder addEdge(String source, String target)
        {
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
        public Builder addEdge(String source, String target, double weight)
        {
            int s = acc.vertex(source);
            int t = acc.vertex(target);
            acc.edge(s, t, weight);
            return this;
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
        public Builder addEdge(int source, int target, double weight)
        {
            acc.edge(source, target, weight);
            return this;
        }

        /**
         * Builds the immutable graph.
         *
         * @return the graph
         */
        public UndirectedGraph build()
        {
            return new UndirectedGraph(acc.build());
        }
    }
}
