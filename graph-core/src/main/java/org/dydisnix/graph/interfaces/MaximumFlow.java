package org.dydisnix.graph.interfaces;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dydisnix.graph.Edge;
import org.dydisnix.graph.UndirectedGraph;

/** A maximum-flow algorithm on a weighted undirected graph; also yields a minimum cut. */
public interface MaximumFlow {
    /**
     * Computes a maximum flow from one vertex to another.
     *
     * @param source the source vertex
     * @param sink the sink vertex
     * @return the flow value and a minimum cut
     * @throws IllegalArgumentException if a vertex is absent or source equals sink
     */
    Flow getMaximumFlow(String source, String sink);

    /**
     * Computes a maximum flow from a set of sources to a set of sinks (through a super source and
     * super sink).
     *
     * @param sources the source vertices, non-empty
     * @param sinks the sink vertices, non-empty and disjoint from the sources
     * @return the flow value and a minimum cut separating all sources from all sinks
     * @throws IllegalArgumentException if a vertex is absent, a set is empty or the sets intersect
     */
    Flow getMaximumFlow(Collection<String> sources, Collection<String> sinks);

    /**
     * The value of a maximum flow and the minimum cut that certifies it.
     *
     * <p>The source side is the set of vertices reachable from the sources in the final residual
     * graph: the minimum cut closest to the sources.
     */
    final class Flow {
        private final UndirectedGraph graph;
        private final double value;
        private final BitSet sourceSide;

        /**
         * Creates a flow result.
         *
         * @param graph the graph
         * @param value the maximum flow value
         * @param sourceSide the vertex ids on the source side of the minimum cut
         */
        public Flow(UndirectedGraph graph, double value, BitSet sourceSide) {
            this.graph = Objects.requireNonNull(graph, "graph cannot be null");
            this.value = value;
            this.sourceSide = (BitSet) sourceSide.clone();
        }

        /**
         * Returns the maximum flow value, which equals the weight of the minimum cut.
         *
         * @return the value
         */
        public double value() {
            return value;
        }

        /**
         * Tells whether a vertex is on the source side of the minimum cut.
         *
         * @param vertex a vertex id
         * @return {@code true} if on the source side
         */
        public boolean isOnSourceSide(int vertex) {
            return sourceSide.get(vertex);
        }

        /**
         * Returns the source side of the minimum cut, in vertex order.
         *
         * @return an unmodifiable set of vertex names
         */
        public Set<String> sourceSide() {
            Set<String> set = new LinkedHashSet<>();
            for (int v = sourceSide.nextSetBit(0); v >= 0; v = sourceSide.nextSetBit(v + 1)) {
                set.add(graph.vertex(v));
            }
            return Collections.unmodifiableSet(set);
        }

        /**
         * Returns the edges of the minimum cut (one endpoint on each side), in edge order.
         *
         * @return an unmodifiable list
         */
        public List<Edge> cutEdges() {
            List<Edge> edges = new ArrayList<>();
            for (int e = 0; e < graph.edgeCount(); e++) {
                if (sourceSide.get(graph.edgeSource(e)) != sourceSide.get(graph.edgeTarget(e))) {
                    edges.add(graph.edge(e));
                }
            }
            return Collections.unmodifiableList(edges);
        }

        @Override
        public String toString() {
            return "Flow[value="
                    + value
                    + ", sourceSide="
                    + sourceSide.cardinality()
                    + " vertices]";
        }
    }
}
