package org.dydisnix.graph.bench;

import java.util.Locale;
import java.util.function.IntSupplier;
import org.dydisnix.graph.RandomGraphs;
import org.dydisnix.graph.UndirectedGraph;
import org.dydisnix.graph.color.RecoloringSaturationDegreeColoring;
import org.dydisnix.graph.color.SaturationDegreeColoring;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Compares our DSatur (plain and with recolouring) with JGraphT's {@code SaturationDegreeColoring}
 * on seeded random graphs; ratio columns are our time over JGraphT's.
 *
 * <p>Arguments: {@code [vertices] [edges] [repetitions]}, default {@code 100000 1000000 3}. Each
 * algorithm runs once to warm up, then {@code repetitions} times; the best time is reported.
 */
public final class ColoringBenchmark {
    private ColoringBenchmark() {}

    /**
     * Runs the benchmark.
     *
     * @param args optional vertex count, edge count and repetitions
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int m = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        System.out.printf(
                Locale.ROOT,
                "DSatur benchmark: %d vertices, %d edge insertions, best of %d after warm-up%n",
                n,
                m,
                reps);
        System.out.printf(
                Locale.ROOT,
                "%-10s %9s %9s | %10s %7s | %11s %7s | %10s %7s | %6s %6s%n",
                "graph",
                "V",
                "E",
                "DSatur ms",
                "colors",
                "+recolor ms",
                "colors",
                "jgrapht ms",
                "colors",
                "ratio",
                "ratio+");
        run("uniform", n, m, reps, 42, false);
        run("power-law", n, m, reps, 43, true);
    }

    private static void run(String name, int n, int m, int reps, long seed, boolean powerLaw) {
        long before = usedHeap();
        long t0 = System.nanoTime();
        UndirectedGraph g =
                powerLaw ? RandomGraphs.powerLaw(n, m, 2.5, seed) : RandomGraphs.gnm(n, m, seed);
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        long graphMb = (usedHeap() - before) >> 20;
        Graph<Integer, DefaultEdge> j = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < g.vertexCount(); v++) {
            j.addVertex(v);
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            j.addEdge(g.edgeSource(e), g.edgeTarget(e));
        }
        int[] oursColors = new int[1];
        int[] theirColors = new int[1];
        int[] igColors = new int[1];
        double ig =
                best(
                        reps,
                        () ->
                                igColors[0] =
                                        new RecoloringSaturationDegreeColoring(g)
                                                .getColoring()
                                                .numberOfColors());
        double ours =
                best(
                        reps,
                        () ->
                                oursColors[0] =
                                        new SaturationDegreeColoring(g)
                                                .getColoring()
                                                .numberOfColors());
        double theirs =
                best(
                        reps,
                        () ->
                                theirColors[0] =
                                        new org.jgrapht.alg.color.SaturationDegreeColoring<>(j)
                                                .getColoring()
                                                .getNumberColors());
        System.out.printf(
                Locale.ROOT,
                "%-10s %9d %9d | %10.1f %7d | %11.1f %7d | %10.1f %7d | %6.3f %6.3f  (graph: build %d ms, %d MiB)%n",
                name,
                g.vertexCount(),
                g.edgeCount(),
                ours,
                oursColors[0],
                ig,
                igColors[0],
                theirs,
                theirColors[0],
                ours / theirs,
                ig / theirs,
                buildMs,
                graphMb);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double best(int reps, IntSupplier task) {
        task.getAsInt();
        double best = Double.MAX_VALUE;
        for (int r = 0; r < reps; r++) {
            long start = System.nanoTime();
            task.getAsInt();
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        return best;
    }
}
