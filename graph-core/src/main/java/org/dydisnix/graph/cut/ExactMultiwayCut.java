package org.dydisnix.graph.cut;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.dydisnix.graph.UndirectedGraph;
import org.dydisnix.graph.interfaces.MultiwayCut;

/**
 * Exact multiway cut for small instances by branch and bound over the assignments of non-terminal
 * vertices.
 *
 * <p>Vertices are assigned in breadth-first order from the terminals, each only to its allowed
 * terminals (in terminal order). A branch is pruned when the weight already cut plus, for every
 * unassigned vertex, the least weight it must cut towards already assigned neighbours reaches the
 * best known cut; the first bound comes from {@link IsolatingCutMultiwayCut}. The result is optimal
 * under the allowed-terminal constraints; ties keep the first assignment found. Worst-case time is
 * exponential (k to the power of the number of non-terminals), so a size guard rejects instances
 * with more than {@link #DEFAULT_MAX_NON_TERMINALS} non-terminal vertices unless a larger limit is
 * given.
 */
public final class ExactMultiwayCut implements MultiwayCut {
    /** The default size guard: the maximum number of non-terminal vertices. */
    public static final int DEFAULT_MAX_NON_TERMINALS = 32;

    private final Problem problem;

    /**
     * Creates the algorithm for a graph and its terminals.
     *
     * @param graph the graph
     * @param terminals distinct terminal vertices, at least one
     * @throws IllegalArgumentException if there are more than {@link #DEFAULT_MAX_NON_TERMINALS}
     *     non-terminals
     */
    public ExactMultiwayCut(UndirectedGraph graph, List<String> terminals) {
        this(graph, terminals, Map.of(), DEFAULT_MAX_NON_TERMINALS);
    }

    /**
     * Creates the algorithm with allowed terminals per vertex and a size guard.
     *
     * @param graph the graph
     * @param terminals distinct terminal vertices, at least one
     * @param allowedTerminals for some vertices, the non-empty set of terminals they may be
     *     assigned to
     * @param maxNonTerminals the largest number of non-terminal vertices accepted
     * @throws IllegalArgumentException if the instance is invalid or larger than the guard
     */
    public ExactMultiwayCut(
            UndirectedGraph graph,
            List<String> terminals,
            Map<String, ? extends Collection<String>> allowedTerminals,
            int maxNonTerminals) {
        this.problem = new Problem(graph, terminals, allowedTerminals);
        int nonTerminals = graph.vertexCount() - problem.k();
        if (nonTerminals > maxNonTerminals) {
            throw new IllegalArgumentException(
                    "too many non-terminal vertices for an exact multiway cut: "
                            + nonTerminals
                            + " > "
                            + maxNonTerminals);
        }
    }

    @Override
    public Cut getCut() {
        Cut start =
                new IsolatingCutMultiwayCut(problem.graph, problem.terminals, allowedMap())
                        .getCut();
        int n = problem.graph.vertexCount();
        int[] best = new int[n];
        for (int v = 0; v < n; v++) {
            best[v] = start.terminalIndexOf(v);
        }
        Search search = new Search(problem, best, start.weight());
        search.run();
        return new Cut(problem.graph, problem.terminals, search.best, true);
    }

    private Map<String, List<String>> allowedMap() {
        Map<String, List<String>> map = new java.util.LinkedHashMap<>();
        for (int v = 0; v < problem.graph.vertexCount(); v++) {
            List<String> list = new java.util.ArrayList<>();
            for (int t = 0; t < problem.k(); t++) {
                if (problem.isAllowed(v, t)) {
                    list.add(problem.terminals.get(t));
                }
            }
            if (list.size() < problem.k()) {
                map.put(problem.graph.vertex(v), list);
            }
        }
        return map;
    }

    /** Depth-first branch and bound over vertex assignments. */
    private static final class Search {
        private final Problem p;
        private final int[] order;
        private final int[] assignment;
        private final double epsilon;
        int[] best;
        double bestWeight;

        Search(Problem p, int[] best, double bestWeight) {
            this.p = p;
            this.best = best.clone();
            this.bestWeight = bestWeight;
            UndirectedGraph g = p.graph;
            int n = g.vertexCount();
            this.assignment = new int[n];
            Arrays.fill(assignment, -1);
            double total = 0;
            for (int e = 0; e < g.edgeCount(); e++) {
                total += g.edgeWeight(e);
            }
            this.epsilon = 1e-9 * Math.max(1, total);
            boolean[] seen = new boolean[n];
            int[] queue = new int[n];
            int tail = 0;
            for (int t = 0; t < p.k(); t++) {
                assignment[p.terminalIds[t]] = t;
                seen[p.terminalIds[t]] = true;
                queue[tail++] = p.terminalIds[t];
            }
            int head = 0;
            int[] ordered = new int[n - p.k()];
            int count = 0;
            for (int root = 0; root <= n; root++) {
                while (head < tail) {
                    int v = queue[head++];
                    if (p.terminalIndex[v] < 0) {
                        ordered[count++] = v;
                    }
                    for (int q = g.adjacencyStart(v); q < g.adjacencyEnd(v); q++) {
                        int u = g.adjacentVertex(q);
                        if (!seen[u]) {
                            seen[u] = true;
                            queue[tail++] = u;
                        }
                    }
                }
                if (root < n && !seen[root]) {
                    seen[root] = true;
                    queue[tail++] = root;
                }
            }
            this.order = ordered;
        }

        void run() {
            search(0, 0.0);
        }

        private void search(int depth, double weight) {
            if (weight + lowerBound(depth) >= bestWeight - epsilon) {
                return;
            }
            if (depth == order.length) {
                best = assignment.clone();
                bestWeight = weight;
                return;
            }
            int v = order[depth];
            for (int t = 0; t < p.k(); t++) {
                if (p.isAllowed(v, t)) {
                    double added = p.cost(assignment, v, t);
                    assignment[v] = t;
                    search(depth + 1, weight + added);
                    assignment[v] = -1;
                }
            }
        }

        private double lowerBound(int depth) {
            double bound = 0;
            for (int i = depth; i < order.length; i++) {
                int v = order[i];
                double least = Double.POSITIVE_INFINITY;
                for (int t = 0; t < p.k(); t++) {
                    if (p.isAllowed(v, t)) {
                        least = Math.min(least, p.cost(assignment, v, t));
                    }
                }
                bound += least;
            }
            return bound;
        }
    }
}
