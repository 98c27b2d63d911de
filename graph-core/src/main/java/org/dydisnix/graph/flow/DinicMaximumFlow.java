package org.dydisnix.graph.flow;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.dydisnix.graph.UndirectedGraph;
import org.dydisnix.graph.interfaces.MaximumFlow;

/**
 * Dinic's maximum-flow algorithm (E. A. Dinic, 1970) on a weighted undirected graph, where each
 * edge can carry up to its weight in either direction.
 *
 * <p>Alternates a breadth-first level graph with blocking flows found by an iterative depth-first
 * search with current-arc pointers: O(V²E) time, O(V + E) memory, no recursion. Residual capacities
 * at or below {@link #DEFAULT_EPSILON} times the total edge weight (or times 1 if that is smaller)
 * count as zero. Several sources or sinks are joined through a super source and super sink with
 * capacity above the total weight.
 */
public final class DinicMaximumFlow implements MaximumFlow {
    /**
     * The tolerance for residual capacities, relative to the total edge weight (and absolute below
     * weight 1).
     */
    public static final double DEFAULT_EPSILON = 1e-12;

    private final UndirectedGraph graph;
    private final double epsilon;
    private final double totalWeight;

    /**
     * Creates the algorithm.
     *
     * @param graph the input graph; edge weights are capacities
     */
    public DinicMaximumFlow(UndirectedGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph cannot be null");
        double total = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            total += graph.edgeWeight(e);
        }
        this.totalWeight = total;
        this.epsilon = DEFAULT_EPSILON * Math.max(1.0, total);
    }

    @Override
    public Flow getMaximumFlow(String source, String sink) {
        return getMaximumFlow(List.of(source), List.of(sink));
    }

    @Override
    public Flow getMaximumFlow(Collection<String> sources, Collection<String> sinks) {
        int n = graph.vertexCount();
        int[] s = ids(sources, "source");
        int[] t = ids(sinks, "sink");
        BitSet sourceSet = new BitSet(n);
        for (int v : s) {
            sourceSet.set(v);
        }
        for (int v : t) {
            if (sourceSet.get(v)) {
                throw new IllegalArgumentException("source is equal to sink: " + graph.vertex(v));
            }
        }
        Network net = new Network(graph, s, t, 2 * totalWeight + 1);
        double value = net.maxFlow(epsilon);
        BitSet side = net.reachableFromSource(epsilon);
        return new Flow(graph, value, side);
    }

    private int[] ids(Collection<String> names, String role) {
        Objects.requireNonNull(names, role + "s cannot be null");
        if (names.isEmpty()) {
            throw new IllegalArgumentException("at least one " + role + " is required");
        }
        List<Integer> list = new ArrayList<>();
        BitSet seen = new BitSet();
        for (String name : names) {
            int id = graph.indexOf(Objects.requireNonNull(name, role + " cannot be null"));
            if (id < 0) {
                throw new IllegalArgumentException(role + " is not a vertex: " + name);
            }
            if (!seen.get(id)) {
                seen.set(id);
                list.add(id);
            }
        }
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Residual network in CSR form; arc {@code a ^ 1} is the reverse of arc {@code a}. */
    private static final class Network {
        private final int nodes;
        private final int superSource;
        private final int superSink;
        private final int[] start;
        private final int[] arcsOf;
        private final int[] head;
        private final double[] residual;
        private final int[] level;
        private final int[] current;
        private final int[] queue;

        Network(UndirectedGraph g, int[] sources, int[] sinks, double infinity) {
            int n = g.vertexCount();
            int m = g.edgeCount();
            this.nodes = n + 2;
            this.superSource = n;
            this.superSink = n + 1;
            int arcs = 2 * m + 2 * sources.length + 2 * sinks.length;
            this.head = new int[arcs];
            this.residual = new double[arcs];
            int[] tail = new int[arcs];
            int a = 0;
            for (int e = 0; e < m; e++) {
                int u = g.edgeSource(e);
                int v = g.edgeTarget(e);
                double w = g.edgeWeight(e);
                tail[a] = u;
                head[a] = v;
                residual[a++] = w;
                tail[a] = v;
                head[a] = u;
                residual[a++] = w;
            }
            for (int s : sources) {
                tail[a] = superSource;
                head[a] = s;
                residual[a++] = infinity;
                tail[a] = s;
                head[a] = superSource;
                residual[a++] = 0;
            }
            for (int t : sinks) {
                tail[a] = t;
                head[a] = superSink;
                residual[a++] = infinity;
                tail[a] = superSink;
                head[a] = t;
                residual[a++] = 0;
            }
            this.start = new int[nodes + 1];
            for (int i = 0; i < arcs; i++) {
                start[tail[i] + 1]++;
            }
            for (int v = 0; v < nodes; v++) {
                start[v + 1] += start[v];
            }
            this.arcsOf = new int[arcs];
            int[] fill = start.clone();
            for (int i = 0; i < arcs; i++) {
                arcsOf[fill[tail[i]]++] = i;
            }
            this.level = new int[nodes];
            this.current = new int[nodes];
            this.queue = new int[nodes];
        }

        double maxFlow(double eps) {
            double total = 0;
            int[] path = new int[nodes];
            while (buildLevels(eps)) {
                System.arraycopy(start, 0, current, 0, nodes);
                int depth = 0;
                int v = superSource;
                while (true) {
                    if (v == superSink) {
                        double bottleneck = Double.POSITIVE_INFINITY;
                        for (int i = 0; i < depth; i++) {
                            bottleneck = Math.min(bottleneck, residual[path[i]]);
                        }
                        int cutAt = -1;
                        for (int i = 0; i < depth; i++) {
                            int arc = path[i];
                            residual[arc] -= bottleneck;
                            residual[arc ^ 1] += bottleneck;
                            if (cutAt < 0 && residual[arc] <= eps) {
                                cutAt = i;
                            }
                        }
                        total += bottleneck;
                        depth = Math.max(cutAt, 0);
                        v = depth == 0 ? superSource : head[path[depth - 1]];
                        continue;
                    }
                    int arc = -1;
                    for (int end = start[v + 1]; current[v] < end; current[v]++) {
                        int candidate = arcsOf[current[v]];
                        if (residual[candidate] > eps && level[head[candidate]] == level[v] + 1) {
                            arc = candidate;
                            break;
                        }
                    }
                    if (arc >= 0) {
                        path[depth++] = arc;
                        v = head[arc];
                    } else {
                        level[v] = -1;
                        if (depth == 0) {
                            break;
                        }
                        depth--;
                        v = head[path[depth] ^ 1];
                        current[v]++;
                    }
                }
            }
            return total;
        }

        private boolean buildLevels(double eps) {
            java.util.Arrays.fill(level, -1);
            int qh = 0;
            int qt = 0;
            queue[qt++] = superSource;
            level[superSource] = 0;
            while (qh < qt) {
                int v = queue[qh++];
                for (int i = start[v]; i < start[v + 1]; i++) {
                    int arc = arcsOf[i];
                    int w = head[arc];
                    if (level[w] < 0 && residual[arc] > eps) {
                        level[w] = level[v] + 1;
                        queue[qt++] = w;
                    }
                }
            }
            return level[superSink] >= 0;
        }

        BitSet reachableFromSource(double eps) {
            int n = nodes - 2;
            boolean[] seen = new boolean[nodes];
            int qh = 0;
            int qt = 0;
            queue[qt++] = superSource;
            seen[superSource] = true;
            BitSet side = new BitSet(n);
            while (qh < qt) {
                int v = queue[qh++];
                if (v < n) {
                    side.set(v);
                }
                for (int i = start[v]; i < start[v + 1]; i++) {
                    int arc = arcsOf[i];
                    int w = head[arc];
                    if (!seen[w] && residual[arc] > eps) {
                        seen[w] = true;
                        queue[qt++] = w;
                    }
                }
            }
            return side;
        }
    }
}
