package org.dydisnix.graph.interfaces;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dydisnix.graph.Graph;

/** A vertex colouring algorithm: adjacent vertices receive different colour indices. */
public interface VertexColoring {
    /**
     * Computes the colouring.
     *
     * @return the colouring
     */
    Coloring getColoring();

    /**
     * An immutable vertex colouring: colour indices {@code 0 .. numberOfColors() - 1} for each
     * vertex.
     */
    final class Coloring {
        private final Graph graph;
        private final int[] colors;
        private final int numberOfColors;
        private final boolean provenOptimal;

        /**
         * Creates a colouring.
         *
         * @param graph the coloured graph
         * @param colors the colour of each vertex id, each non-negative
         * @param provenOptimal whether no colouring with fewer colours exists
         */
        public Coloring(Graph graph, int[] colors, boolean provenOptimal) {
            Objects.requireNonNull(graph, "graph cannot be null");
            if (graph.vertexCount() != colors.length) {
                throw new IllegalArgumentException("one colour per vertex is required");
            }
            this.graph = graph;
            this.colors = colors.clone();
            int max = -1;
            for (int c : this.colors) {
                if (c < 0) {
                    throw new IllegalArgumentException("colour must be non-negative: " + c);
                }
                max = Math.max(max, c);
            }
            this.numberOfColors = max + 1;
            this.provenOptimal = provenOptimal;
        }

        /**
         * Returns the coloured graph.
         *
         * @return the graph
         */
        public Graph graph() {
            return graph;
        }

        /**
         * Returns the number of colours: one more than the largest colour index.
         *
         * @return the colour count
         */
        public int numberOfColors() {
            return numberOfColors;
        }

        /**
         * Tells whether the algorithm proved that no colouring with fewer colours exists.
         *
         * @return {@code true} if optimal by proof
         */
        public boolean isProvenOptimal() {
            return provenOptimal;
        }

        /**
         * Returns the colour of a vertex by id.
         *
         * @param vertex a vertex id
         * @return its colour index
         */
        public int colorOf(int vertex) {
            return colors[vertex];
        }

        /**
         * Returns the colour of a named vertex.
         *
         * @param vertex a vertex name
         * @return its colour index
         * @throws IllegalArgumentException if the vertex is not coloured by this colouring
         */
        public int colorOf(String vertex) {
            int id = graph.indexOf(vertex);
            if (id < 0) {
                throw new IllegalArgumentException("no such vertex: " + vertex);
            }
            return colors[id];
        }

        /**
         * Returns the colour of every vertex, in vertex order.
         *
         * @return an unmodifiable insertion-ordered map
         */
        public Map<String, Integer> colors() {
            Map<String, Integer> map = new LinkedHashMap<>();
            for (int v = 0; v < colors.length; v++) {
                map.put(graph.vertex(v), colors[v]);
            }
            return Collections.unmodifiableMap(map);
        }

        /**
         * Returns the vertices of each colour; element {@code c} holds colour {@code c} in vertex
         * order.
         *
         * @return an unmodifiable list of unmodifiable sets
         */
        public List<Set<String>> colorClasses() {
            List<Set<String>> classes = new ArrayList<>(numberOfColors);
            for (int c = 0; c < numberOfColors; c++) {
                classes.add(new LinkedHashSet<>());
            }
            for (int v = 0; v < colors.length; v++) {
                classes.get(colors[v]).add(graph.vertex(v));
            }
            List<Set<String>> result = new ArrayList<>(numberOfColors);
            for (Set<String> s : classes) {
                result.add(Collections.unmodifiableSet(s));
            }
            return Collections.unmodifiableList(result);
        }

        /**
         * Returns a copy of the colour array indexed by vertex id.
         *
         * @return a fresh array
         */
        public int[] toArray() {
            return colors.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Coloring other
                    && provenOptimal == other.provenOptimal
                    && Arrays.equals(colors, other.colors)
                    && graph.vertices().equals(other.graph.vertices());
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(colors);
        }

        @Override
        public String toString() {
            return "Coloring[colors="
                    + numberOfColors
                    + ", optimal="
                    + provenOptimal
                    + ", "
                    + (colors.length <= 32 ? colors().toString() : colors.length + " vertices")
                    + "]";
        }
    }
}
