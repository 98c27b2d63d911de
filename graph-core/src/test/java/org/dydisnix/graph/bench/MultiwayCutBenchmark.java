package org.dydisnix.graph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.dydisnix.graph.UndirectedGraph;
import org.dydisnix.graph.cut.IsolatingCutMultiwayCut;
import org.dydisnix.graph.interfaces.MultiwayCut.Cut;

/**
 * Compares the isolating-cut multiway cut with a model of the original dydisnix-multiwaycut
 * heuristic on a seeded service/host graph.
 *
 * <p>Arguments: {@code [vertices] [hosts] [repetitions]}, default {@code 20000 16 3}. Services form
 * one community per host (85% of dependencies inside it, weight 1); each service has its community
 * host as a candidate with probability 0.8 plus up to two random candidates (in random order), each
 * candidate edge weighing {@link #CANDIDATE_WEIGHT}.
 */
public final class MultiwayCutBenchmark {
    /** The weight of a service–candidate-host edge. */
    static final double CANDIDATE_WEIGHT = 1000;

    private MultiwayCutBenchmark() {}

    /**
     * Runs the benchmark.
     *
     * @param args optional vertex count, host count and repetitions
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int k = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Instance inst = Instance.generate(n, k, 2026);
        System.out.printf(
                Locale.ROOT,
                "Multiway cut benchmark: %d vertices (%d hosts), %d edges, best of %d after warm-up%n",
                inst.graph.vertexCount(),
                k,
                inst.graph.edgeCount(),
                reps);
        System.out.printf(
                Locale.ROOT,
                "%-24s %10s %14s %16s %14s%n",
                "algorithm",
                "ms",
                "cut weight",
                "cut dependencies",
                "multi-hosted");
        int[][] original = new int[1][];
        double originalMs = best(reps, () -> original[0] = OriginalDydisnixMultiwayCut.run(inst));
        Cut originalCut = new Cut(inst.graph, inst.hosts, original[0], false);
        Cut[] plain = new Cut[1];
        double plainMs =
                best(
                        reps,
                        () ->
                                plain[0] =
                                        new IsolatingCutMultiwayCut(
                                                        inst.graph, inst.hosts, inst.candidates, 0)
                                                .getCut());
        Cut[] ours = new Cut[1];
        double oursMs =
                best(
                        reps,
                        () ->
                                ours[0] =
                                        new IsolatingCutMultiwayCut(
                                                        inst.graph, inst.hosts, inst.candidates)
                                                .getCut());
        report(
                "original heuristic",
                originalMs,
                originalCut,
                inst,
                OriginalDydisnixMultiwayCut.lastMultiHosted);
        report("isolating cut", plainMs, plain[0], inst, 0);
        report("isolating cut + local", oursMs, ours[0], inst, 0);
    }

    private static void report(String name, double ms, Cut cut, Instance inst, int multiHosted) {
        int dependencies = 0;
        for (int e = 0; e < inst.graph.edgeCount(); e++) {
            int s = inst.graph.edgeSource(e);
            int t = inst.graph.edgeTarget(e);
            if (s >= inst.hosts.size()
                    && t >= inst.hosts.size()
                    && cut.terminalIndexOf(s) != cut.terminalIndexOf(t)) {
                dependencies++;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%-24s %10.1f %14.0f %16d %14d%n",
                name,
                ms,
                cut.weight(),
                dependencies,
                multiHosted);
    }

    private static <T> double best(int reps, Supplier<T> task) {
        task.get();
        double best = Double.MAX_VALUE;
        for (int r = 0; r < reps; r++) {
            long start = System.nanoTime();
            task.get();
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        return best;
    }

    /** A generated instance: hosts are vertex ids {@code 0 .. k-1}, services follow. */
    static final class Instance {
        final UndirectedGraph graph;
        final List<String> hosts;
        final Map<String, List<String>> candidates;
        final int[][] candidateIds;

        private Instance(
                UndirectedGraph graph,
                List<String> hosts,
                Map<String, List<String>> candidates,
                int[][] candidateIds) {
            this.graph = graph;
            this.hosts = hosts;
            this.candidates = candidates;
            this.candidateIds = candidateIds;
        }

        static Instance generate(int n, int k, long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            UndirectedGraph.Builder b = UndirectedGraph.builder();
            List<String> hosts = new ArrayList<>();
            for (int h = 0; h < k; h++) {
                hosts.add("host:h" + h);
                b.addVertex("host:h" + h);
            }
            int services = n - k;
            for (int s = 0; s < services; s++) {
                b.addVertex("app:s" + s);
            }
            for (int s = 0; s < services; s++) {
                int deps = 1 + r.nextInt(4);
                for (int d = 0; d < deps; d++) {
                    int other;
                    if (r.nextDouble() < 0.85) {
                        int slot = r.nextInt((services + k - 1 - s % k) / k);
                        other = slot * k + s % k;
                    } else {
                        other = r.nextInt(services);
                    }
                    if (other < services) {
                        b.addEdge(k + s, k + other, 1);
                    }
                }
            }
            Map<String, List<String>> candidates = new LinkedHashMap<>();
            int[][] ids = new int[n][];
            for (int s = 0; s < services; s++) {
                List<Integer> cand = new ArrayList<>();
                if (r.nextDouble() < 0.8) {
                    cand.add(s % k);
                }
                int extra = r.nextInt(3);
                for (int i = 0; i < extra || cand.isEmpty(); i++) {
                    int h = r.nextInt(k);
                    if (!cand.contains(h)) {
                        cand.add(h);
                    }
                }
                for (int i = cand.size() - 1; i > 0; i--) {
                    int j = r.nextInt(i + 1);
                    Integer t = cand.get(i);
                    cand.set(i, cand.get(j));
                    cand.set(j, t);
                }
                List<String> names = new ArrayList<>();
                ids[k + s] = cand.stream().mapToInt(Integer::intValue).toArray();
                for (int h : cand) {
                    names.add(hosts.get(h));
                    b.addEdge(k + s, h, CANDIDATE_WEIGHT);
                }
                candidates.put("app:s" + s, names);
            }
            return new Instance(b.build(), List.copyOf(hosts), candidates, ids);
        }
    }

    /**
     * Model of the original heuristic (reference notes §1.2): per host, the cut set is every linked
     * service from which a breadth-first search reaches another host; the host with the largest cut
     * set (first by name on ties) keeps its links; all other cut-set links are removed; a service
     * left without a host is linked to its first candidate. A service's assignment is its first
     * remaining host link.
     */
    static final class OriginalDydisnixMultiwayCut {
        static int lastMultiHosted;

        private OriginalDydisnixMultiwayCut() {}

        static int[] run(Instance inst) {
            UndirectedGraph g = inst.graph;
            int n = g.vertexCount();
            int k = inst.hosts.size();
            Integer[] byName = new Integer[k];
            for (int h = 0; h < k; h++) {
                byName[h] = h;
            }
            Arrays.sort(byName, (a, b) -> inst.hosts.get(a).compareTo(inst.hosts.get(b)));
            boolean[][] inCutSet = new boolean[k][];
            int[] cutSize = new int[k];
            int[] mark = new int[n];
            int[] queue = new int[n];
            int stamp = 0;
            for (int h = 0; h < k; h++) {
                inCutSet[h] = new boolean[n];
                for (int p = g.adjacencyStart(h); p < g.adjacencyEnd(h); p++) {
                    int app = g.adjacentVertex(p);
                    stamp++;
                    if (reachesOtherHost(g, app, h, k, mark, queue, stamp)) {
                        inCutSet[h][app] = true;
                        cutSize[h]++;
                    }
                }
            }
            int heaviest = byName[0];
            for (int i = 1; i < k; i++) {
                if (cutSize[byName[i]] > cutSize[heaviest]) {
                    heaviest = byName[i];
                }
            }
            int[] assignment = new int[n];
            Arrays.fill(assignment, -1);
            int multi = 0;
            for (int v = 0; v < k; v++) {
                assignment[v] = v;
            }
            for (int app = k; app < n; app++) {
                int links = 0;
                for (int p = g.adjacencyStart(app); p < g.adjacencyEnd(app); p++) {
                    int h = g.adjacentVertex(p);
                    if (h < k && (h == heaviest || !inCutSet[h][app])) {
                        if (links++ == 0) {
                            assignment[app] = h;
                        }
                    }
                }
                if (links > 1) {
                    multi++;
                }
                if (assignment[app] < 0) {
                    assignment[app] = inst.candidateIds[app][0];
                }
            }
            lastMultiHosted = multi;
            return assignment;
        }

        private static boolean reachesOtherHost(
                UndirectedGraph g, int app, int host, int k, int[] mark, int[] queue, int stamp) {
            int head = 0;
            int tail = 0;
            queue[tail++] = app;
            mark[app] = stamp;
            while (head < tail) {
                int v = queue[head++];
                for (int p = g.adjacencyStart(v); p < g.adjacencyEnd(v); p++) {
                    int u = g.adjacentVertex(p);
                    if (u < k) {
                        if (u != host) {
                            return true;
                        }
                    } else if (mark[u] != stamp) {
                        mark[u] = stamp;
                        queue[tail++] = u;
                    }
                }
            }
            return false;
        }
    }
}
