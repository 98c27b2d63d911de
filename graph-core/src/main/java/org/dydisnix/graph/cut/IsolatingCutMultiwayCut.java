package org.dydisnix.graph.cut;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.dydisnix.graph.UndirectedGraph;
import org.dydisnix.graph.flow.DinicMaximumFlow;
import org.dydisnix.graph.interfaces.MaximumFlow;
import org.dydisnix.graph.interfaces.MultiwayCut;

/**
 * The isolating-cut approximation for multiway cut (E. Dahlhaus, D. S. Johnson, C. H.
 * Papadimitriou, P. D. Seymour, M. Yannakakis, "The complexity of multiterminal cuts", SIAM J.
 * Comput. 23(4), 1994).
 *
 * <p>For each terminal a minimum cut separates it from all other terminals (one {@link
 * DinicMaximumFlow} run with the others merged into a super sink); the heaviest of these isolating
 * cuts is discarded and the union of the rest is the cut, which weighs at most (2 − 2/k) times the
 * optimum for k terminals.
 *
 * <p>Assignment: removing the union cut leaves components with at most one terminal each; a
 * component with a terminal goes to it, and a component without one goes, in order of its first
 * vertex, to the terminal whose already assigned vertices it is joined to by the least weight
 * (ties: terminal order; terminals allowed for all of its vertices are preferred). Finally each
 * vertex that sits on a terminal outside its allowed set moves, in vertex order, to the allowed
 * terminal that adds the least weight (ties: terminal order). Both steps only ever remove edges
 * from the union cut, except the last when allowed sets force it. A local improvement closes: up to
 * {@link #DEFAULT_LOCAL_PASSES} passes (configurable, 0 for none) in vertex order move each
 * non-terminal to the allowed terminal that cuts strictly less weight around it (ties: terminal
 * order); every move lowers the weight, so the bound still holds.
 *
 * <p>Time: k maximum flows, O(k·V²E) worst case and much less in practice; memory O(V + E).
 */
public final class IsolatingCutMultiwayCut implements MultiwayCut {
    /** The default maximum number of local improvement passes after the assignment. */
    public static final int DEFAULT_LOCAL_PASSES = 10;

    private final Problem problem;
    private final int localPasses;

    /**
     * Creates the algorithm for a graph and its terminals.
     *
     * @param graph the graph; edge weights are the cost of separating their endpoints
     * @param terminals distinct terminal vertices, at least one
     */
    public IsolatingCutMultiwayCut(UndirectedGraph graph, List<String> terminals) {
        this(graph, terminals, Map.of());
    }

    /**
     * Creates the algorithm with allowed terminals per vertex; vertices not in the map may go to
     * any terminal.
     *
     * @param graph the graph
     * @param terminals distinct terminal vertices, at least one
     * @param allowedTerminals for some vertices, the non-empty set of terminals they may be
     *     assigned to
     * @throws IllegalArgumentException if a vertex or terminal is unknown, or a set is empty or
     *     excludes its own terminal
     */
    public IsolatingCutMultiwayCut(
            UndirectedGraph graph,
            List<String> terminals,
            Map<String, ? extends Collection<String>> allowedTerminals) {
        this(graph, terminals, allowedTerminals, DEFAULT_LOCAL_PASSES);
    }

    /**
     * Creates the algorithm with allowed terminals per vertex and a limit on local improvement
     * passes.
     *
     * @param graph the graph
     * @param terminals distinct terminal vertices, at least one
     * @param allowedTerminals for some vertices, the non-empty set of terminals they may be
     *     assigned to
     * @param localPasses the maximum number of local improvement passes, 0 for the plain isolating
     *     cut
     * @throws IllegalArgumentException if the instance is invalid or {@code localPasses} is
     *     negative
     */
    public IsolatingCutMultiwayCut(
            UndirectedGraph graph,
            List<String> terminals,
            Map<String, ? extends Collection<String>> allowedTerminals,
            int localPasses) {
        this.problem = new Problem(graph, terminals, allowedTerminals);
        if (localPasses < 0) {
            throw new IllegalArgumentException("local passes must be non-negative: " + localPasses);
        }
        this.localPasses = localPasses;
    }

    @Override
    public Cut getCut() {
        UndirectedGraph g = problem.graph;
        int n = g.vertexCount();
        int k = problem.k();
        int[] assignment = new int[n];
        if (k == 1) {
            return new Cut(g, problem.terminals, assignment, true);
        }
        MaximumFlow flow = new DinicMaximumFlow(g);
        List<MaximumFlow.Flow> isolating = new ArrayList<>(k);
        int heaviest = 0;
        for (int i = 0; i < k; i++) {
            List<String> others = new ArrayList<>(problem.terminals);
            others.remove(i);
            MaximumFlow.Flow f = flow.getMaximumFlow(List.of(problem.terminals.get(i)), others);
            isolating.add(f);
            if (f.value() > isolating.get(heaviest).value()) {
                heaviest = i;
            }
        }
        boolean[] removed = new boolean[g.edgeCount()];
        for (int i = 0; i < k; i++) {
            if (i == heaviest) {
                continue;
            }
            MaximumFlow.Flow f = isolating.get(i);
            for (int e = 0; e < removed.length; e++) {
                if (f.isOnSourceSide(g.edgeSource(e)) != f.isOnSourceSide(g.edgeTarget(e))) {
                    removed[e] = true;
                }
            }
        }
        assignComponents(assignment, removed);
        problem.enforceAllowed(assignment);
        problem.improveLocally(assignment, localPasses);
        return new Cut(g, problem.terminals, assignment, false);
    }

    private void assignComponents(int[] assignment, boolean[] removed) {
        UndirectedGraph g = problem.graph;
        int n = g.vertexCount();
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int[] queue = new int[n];
        List<int[]> orphans = new ArrayList<>();
        Arrays.fill(assignment, -1);
        int components = 0;
        for (int root = 0; root < n; root++) {
            if (component[root] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = root;
            component[root] = components;
            int terminal = -1;
            while (head < tail) {
                int v = queue[head++];
                if (problem.terminalIndex[v] >= 0 && terminal < 0) {
                    terminal = problem.terminalIndex[v];
                }
                for (int p = g.adjacencyStart(v), end = g.adjacencyEnd(v); p < end; p++) {
                    int u = g.adjacentVertex(p);
                    if (!removed[g.adjacentEdge(p)] && component[u] < 0) {
                        component[u] = components;
                        queue[tail++] = u;
                    }
                }
            }
            int[] members = Arrays.copyOf(queue, tail);
            if (terminal >= 0) {
                for (int v : members) {
                    assignment[v] = terminal;
                }
                for (int v : members) {
                    if (problem.terminalIndex[v] >= 0) {
                        assignment[v] = problem.terminalIndex[v];
                    }
                }
            } else {
                orphans.add(members);
            }
            components++;
        }
        for (int[] members : orphans) {
            int best = -1;
            double bestCost = Double.POSITIVE_INFINITY;
            boolean bestFits = false;
            for (int t = 0; t < problem.k(); t++) {
                boolean fits = true;
                double cost = 0;
                for (int v : members) {
                    fits &= problem.isAllowed(v, t);
                    cost += problem.cost(assignment, v, t);
                }
                if ((fits && !bestFits) || (fits == bestFits && cost < bestCost)) {
                    best = t;
                    bestCost = cost;
                    bestFits = fits;
                }
            }
            for (int v : members) {
                assignment[v] = best;
            }
        }
    }
}
