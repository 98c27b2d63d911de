package org.dydisnix.graph.interfaces;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dydisnix.graph.Edge;
import org.dydisnix.graph.UndirectedGraph;

/**
 * A multiway cut algorithm: assigns every vertex to one terminal so that few edge weight joins
 * different ones.
 */
public interface MultiwayCut {
    /**
     * Computes the cut.
     *
     * @return the cut
     */
    Cut getCut();

    /**
     * An immutable multiway cut: each vertex assigned to exactly one terminal, each terminal to
     * itself.
     *
     * <p>The weight is the sum of the weights of the edges whose endpoints are assigned to
     * different terminals; it is computed from the assignment, so the two always agree.
     */
    final class Cut {
        private final UndirectedGraph graph;
        private final List<String> terminals;
        private final int[] assignment;
        private final double weight;
        private final int cutEdgeCount;
        private final boolean provenOptimal;

        /**
         * Creates a cut from an assignment.
         *
         * @param graph the graph
         * @param terminals the terminals, in order
         * @param assignment the terminal index of every vertex id
         * @param provenOptimal whether no cut of smaller weight exists
         */
        public Cut(
                UndirectedGraph graph,
                List<String> terminals,
                int[] assignment,
                boolean provenOptimal) {
            this.graph = Objects.requireNonNull(graph, "graph cannot be null");
            this.terminals = List.copyOf(terminals);
            if (assignment.length != graph.vertexCount()) {
                throw new IllegalArgumentException("one terminal per vertex is required");
            }
            this.assignment = assignment.clone();
            for (int a : this.assignment) {
                Objects.checkIndex(a, this.terminals.size());
            }
            for (int i = 0; i < this.terminals.size(); i++) {
                int t = graph.indexOf(this.terminals.get(i));
                if (t < 0 || this.assignment[t] != i) {
                    throw new IllegalArgumentException(
                            "terminal must be assigned to itself: " + terminals.get(i));
                }
            }
            double w = 0;
            int count = 0;
            for (int e = 0; e < graph.edgeCount(); e++) {
                if (this.assignment[graph.edgeSource(e)] != this.assignment[graph.edgeTarget(e)]) {
                    w += graph.edgeWeight(e);
                    count++;
                }
            }
            this.weight = w;
            this.cutEdgeCount = count;
            this.provenOptimal = provenOptimal;
        }

        /**
         * Returns the terminals in the order given to the algorithm.
         *
         * @return an unmodifiable list
         */
        public List<String> terminals() {
            return terminals;
        }

        /**
         * Returns the index (in {@link #terminals()}) of the terminal a vertex is assigned to.
         *
         * @param vertex a vertex id
         * @return the terminal index
         */
        public int terminalIndexOf(int vertex) {
            return assignment[vertex];
        }

        /**
         * Returns the terminal a vertex is assigned to.
         *
         * @param vertex a vertex name
         * @return the terminal name
         * @throws IllegalArgumentException if the vertex is absent
         */
        public String terminalOf(String vertex) {
            int id = graph.indexOf(vertex);
            if (id < 0) {
                throw new IllegalArgumentException("no such vertex: " + vertex);
            }
            return terminals.get(assignment[id]);
        }

        /**
         * Returns the terminal of every vertex, in vertex order.
         *
         * @return an unmodifiable insertion-ordered map from vertex to terminal
         */
        public Map<String, String> assignment() {
            Map<String, String> map = new LinkedHashMap<>();
            for (int v = 0; v < assignment.length; v++) {
                map.put(graph.vertex(v), terminals.get(assignment[v]));
            }
            return Collections.unmodifiableMap(map);
        }

        /**
         * Returns the vertices assigned to each terminal, terminals in order, vertices in vertex
         * order.
         *
         * @return an unmodifiable map from terminal to its vertices (including itself)
         */
        public Map<String, List<String>> partitions() {
            List<List<String>> parts = new ArrayList<>();
            for (int i = 0; i < terminals.size(); i++) {
                parts.add(new ArrayList<>());
            }
            for (int v = 0; v < assignment.length; v++) {
                parts.get(assignment[v]).add(graph.vertex(v));
            }
            Map<String, List<String>> map = new LinkedHashMap<>();
            for (int i = 0; i < terminals.size(); i++) {
                map.put(terminals.get(i), List.copyOf(parts.get(i)));
            }
            return Collections.unmodifiableMap(map);
        }

        /**
         * Returns the total weight of the cut edges.
         *
         * @return the cut weight
         */
        public double weight() {
            return weight;
        }

        /**
         * Returns the number of cut edges.
         *
         * @return the count
         */
        public int cutEdgeCount() {
            return cutEdgeCount;
        }

        /**
         * Returns the edges whose endpoints are assigned to different terminals, in edge order.
         *
         * @return an unmodifiable list
         */
        public List<Edge> cutEdges() {
            List<Edge> edges = new ArrayList<>(cutEdgeCount);
            for (int e = 0; e < graph.edgeCount(); e++) {
                if (assignment[graph.edgeSource(e)] != assignment[graph.edgeTarget(e)]) {
                    edges.add(graph.edge(e));
                }
            }
            return Collections.unmodifiableList(edges);
        }

        /**
         * Tells whether the algorithm proved that no cheaper cut exists.
         *
         * @return {@code true} if optimal by proof
         */
        public boolean isProvenOptimal() {
            return provenOptimal;
        }

        @Override
        public String toString() {
            return "Cut[weight="
                    + weight
                    + ", cutEdges="
                    + cutEdgeCount
                    + ", terminals="
                    + terminals
                    + "]";
        }
    }
}
