package org.dydisnix.graph;

import java.util.List;

/** The storage and queries of the graph types. */
abstract sealed class StoredGraph implements Graph permits UndirectedGraph {
    final GraphStore store;

    StoredGraph(GraphStore store) {
        this.store = store;
    }

    @Override
    public int vertexCount() {
        return store.names.length;
    }

    @Override
    public int edgeCount() {
        return store.source.length;
    }

    @Override
    public String vertex(int id) {
        return store.names[id];
    }

    @Override
    public int indexOf(String name) {
        return store.indexOf(name);
    }

    @Override
    public List<String> vertices() {
        return store.vertexList;
    }

    @Override
    public int edgeSource(int edge) {
        return store.source[edge];
    }

    @Override
    public int edgeTarget(int edge) {
        return store.target[edge];
    }

    @Override
    public double edgeWeight(int edge) {
        return store.weight[edge];
    }

    @Override
    public List<Edge> edges() {
        return store.edges();
    }

    @Override
    public int adjacencyStart(int vertex) {
        return store.offsets[vertex];
    }

    @Override
    public int adjacencyEnd(int vertex) {
        return store.offsets[vertex + 1];
    }

    @Override
    public int adjacentVertex(int slot) {
        return store.adjacent[slot];
    }

    @Override
    public int adjacentEdge(int slot) {
        return store.adjacentEdge[slot];
    }

    @Override
    public List<String> neighbors(String vertex) {
        return store.neighbors(vertex);
    }

    @Override
    public double weight(String source, String target) {
        return store.weight(source, target);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName()
                + "[vertices="
                + vertexCount()
                + ", edges="
                + edgeCount()
                + "]";
    }
}
