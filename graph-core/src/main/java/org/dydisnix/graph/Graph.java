package org.dydisnix.graph;

import java.util.List;

/**
 * An immutable graph with string-named vertices addressed by compact integer ids.
 *
 * <p>Determinism: vertex ids are assigned in insertion order (the order in which a builder first
 * saw each name, including names introduced by {@code addEdge}); edge ids follow the order in which
 * each distinct edge was first added; the adjacency of a vertex lists its edges in edge-id order.
 * All iteration follows these orders.
 *
 * <p>Adjacency is stored as compressed sparse rows: the slots of vertex {@code v} are {@code
 * adjacencyStart(v) .. adjacencyEnd(v) - 1}, and each slot names the opposite vertex and the edge
 * id.
 */
public sealed interface Graph permits StoredGraph {
    /**
     * Tells whether edges are directed.
     *
     * @return {@code true} for a directed graph
     */
    boolean isDirected();

    /**
     * Returns the number of vertices.
     *
     * @return the vertex count
     */
    int vertexCount();

    /**
     * Returns the number of distinct edges (after merging duplicates).
     *
     * @return the edge count
     */
    int edgeCount();

    /**
     * Returns the name of a vertex.
     *
     * @param id a vertex id in {@code [0, vertexCount())}
     * @return the vertex name
     */
    String vertex(int id);

    /**
     * Returns the id of a named vertex.
     *
     * @param name a vertex name
     * @return its id, or {@code -1} if the graph has no such vertex
     */
    int indexOf(String name);

    /**
     * Tells whether the graph has a vertex of the given name.
     *
     * @param name a vertex name
     * @return {@code true} if present
     */
    default boolean containsVertex(String name) {
        return indexOf(name) >= 0;
    }

    /**
     * Returns all vertex names in id (insertion) order.
     *
     * @return an unmodifiable list
     */
    List<String> vertices();

    /**
     * Returns the first endpoint (tail) of an edge.
     *
     * @param edge an edge id
     * @return a vertex id
     */
    int edgeSource(int edge);

    /**
     * Returns the second endpoint (head) of an edge.
     *
     * @param edge an edge id
     * @return a vertex id
     */
    int edgeTarget(int edge);

    /**
     * Returns the weight of an edge; duplicates added to a builder have their weights summed.
     *
     * @param edge an edge id
     * @return the weight
     */
    double edgeWeight(int edge);

    /**
     * Returns an edge as a value with vertex names.
     *
     * @param edge an edge id
     * @return the edge
     */
    default Edge edge(int edge) {
        return new Edge(vertex(edgeSource(edge)), vertex(edgeTarget(edge)), edgeWeight(edge));
    }

    /**
     * Returns all edges in id order.
     *
     * @return an unmodifiable list
     */
    List<Edge> edges();

    /**
     * Returns the first adjacency slot of a vertex.
     *
     * @param vertex a vertex id
     * @return the first slot index
     */
    int adjacencyStart(int vertex);

    /**
     * Returns one past the last adjacency slot of a vertex.
     *
     * @param vertex a vertex id
     * @return the end slot index (exclusive)
     */
    int adjacencyEnd(int vertex);

    /**
     * Returns the vertex at the far end of an adjacency slot.
     *
     * @param slot a slot index
     * @return a vertex id
     */
    int adjacentVertex(int slot);

    /**
     * Returns the edge of an adjacency slot.
     *
     * @param slot a slot index
     * @return an edge id
     */
    int adjacentEdge(int slot);

    /**
     * Returns the number of adjacency slots of a vertex: its degree (undirected) or out-degree
     * (directed).
     *
     * @param vertex a vertex id
     * @return the degree
     */
    default int degree(int vertex) {
        return adjacencyEnd(vertex) - adjacencyStart(vertex);
    }

    /**
     * Returns the names of the vertices adjacent to (undirected) or successors of (directed) a
     * vertex.
     *
     * @param vertex a vertex name
     * @return an unmodifiable list in adjacency order
     * @throws IllegalArgumentException if the vertex is absent
     */
    List<String> neighbors(String vertex);

    /**
     * Returns the weight of the edge between two vertices.
     *
     * @param source the first endpoint (tail)
     * @param target the second endpoint (head)
     * @return the weight, or {@code 0.0} if there is no such edge
     */
    double weight(String source, String target);
}
