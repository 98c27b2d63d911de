package org.dydisnix.graph.color;

import org.dydisnix.graph.UndirectedGraph;

/** Graphs with known chromatic numbers. */
final class KnownGraphs {
    private KnownGraphs() {}

    static UndirectedGraph cycle(int n) {
        UndirectedGraph.Builder b = UndirectedGraph.builder();
        for (int i = 0; i < n; i++) {
            b.addEdge("c" + i, "c" + ((i + 1) % n));
        }
        return b.build();
    }

    static UndirectedGraph complete(int n) {
        UndirectedGraph.Builder b = UndirectedGraph.builder();
        for (int i = 0; i < n; i++) {
            b.addVertex("k" + i);
            for (int j = 0; j < i; j++) {
                b.addEdge("k" + j, "k" + i);
            }
        }
        return b.build();
    }

    static UndirectedGraph completeBipartite(int a, int b) {
        UndirectedGraph.Builder g = UndirectedGraph.builder();
        for (int i = 0; i < a; i++) {
            for (int j = 0; j < b; j++) {
                g.addEdge("l" + i, "r" + j);
            }
        }
        return g.build();
    }

    /**
     * Mycielski graph M_k: triangle-free with chromatic number k (M_2 = K2, M_3 = C5, M_4 =
     * Grötzsch).
     */
    static UndirectedGraph mycielski(int k) {
        int n = 2;
        int[][] edges = {{0, 1}};
        for (int step = 2; step < k; step++) {
            int[][] next = new int[edges.length * 3 + n][];
            int i = 0;
            for (int[] e : edges) {
                next[i++] = e;
                next[i++] = new int[] {e[0], n + e[1]};
                next[i++] = new int[] {e[1], n + e[0]};
            }
            for (int v = 0; v < n; v++) {
                next[i++] = new int[] {n + v, 2 * n};
            }
            edges = next;
            n = 2 * n + 1;
        }
        UndirectedGraph.Builder b = UndirectedGraph.builder();
        for (int v = 0; v < n; v++) {
            b.addVertex("m" + v);
        }
        for (int[] e : edges) {
            b.addEdge(e[0], e[1], 1);
        }
        return b.build();
    }
}
