package org.dydisnix.graph;

import java.util.SplittableRandom;

/** Seeded random graph generators for tests and benchmarks. */
public final class RandomGraphs {
    private RandomGraphs() {}

    /**
     * Returns an Erdős–Rényi G(n, p) graph with vertices {@code v0 .. v(n-1)} and weights in {@code
     * [1, 10]}.
     *
     * @param n the vertex count
     * @param p the edge probability
     * @param seed the random seed
     * @return the graph
     */
    public static UndirectedGraph gnp(int n, double p, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        UndirectedGraph.Builder b = UndirectedGraph.builder();
        for (int i = 0; i < n; i++) {
            b.addVertex("v" + i);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (random.nextDouble() < p) {
                    b.addEdge(i, j, 1 + random.nextInt(10));
                }
            }
        }
        return b.build();
    }

    /**
     * Returns a graph with {@code m} uniformly random edge insertions (duplicates merged, loops
     * dropped).
     *
     * @param n the vertex count
     * @param m the number of edge insertions
     * @param seed the random seed
     * @return the graph
     */
    public static UndirectedGraph gnm(int n, int m, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        UndirectedGraph.Builder b = UndirectedGraph.builder();
        for (int i = 0; i < n; i++) {
            b.addVertex("v" + i);
        }
        for (int k = 0; k < m; k++) {
            b.addEdge(random.nextInt(n), random.nextInt(n), 1 + random.nextInt(10));
        }
        return b.build();
    }

    /**
     * Returns a power-law graph: each edge joins two vertices drawn with probability proportional
     * to {@code (i + 1)^(-1/(gamma-1))} (Chung–Lu style), so a few hubs have very high degree.
     *
     * @param n the vertex count
     * @param m the number of edge insertions
     * @param gamma the power-law exponent, greater than 2
     * @param seed the random seed
     * @return the graph
     */
    public static UndirectedGraph powerLaw(int n, int m, double gamma, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double exponent = -1.0 / (gamma - 1.0);
        double[] cumulative = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += Math.pow(i + 1, exponent);
            cumulative[i] = total;
        }
        UndirectedGraph.Builder b = UndirectedGraph.builder();
        for (int i = 0; i < n; i++) {
            b.addVertex("v" + i);
        }
        for (int k = 0; k < m; k++) {
            b.addEdge(
                    pick(cumulative, random.nextDouble() * total),
                    pick(cumulative, random.nextDouble() * total),
                    1 + random.nextInt(10));
        }
        return b.build();
    }

    private static int pick(double[] cumulative, double x) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
