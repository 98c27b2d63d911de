package org.dydisnix.graph.color;

import java.util.Arrays;
import org.dydisnix.graph.UndirectedGraph;

/**
 * Exact vertex colouring for small graphs: DSatur-based branch and bound (Brélaz 1979; Sewell's
 * DSATUR branch and bound).
 *
 * <p>The upper bound starts from {@link SaturationDegreeColoring}; the lower bound is the size of a
 * greedily grown clique, whose vertices are pre-coloured 0, 1, ... to break symmetry. The search
 * colours the uncoloured vertex of highest saturation (ties: larger uncoloured degree, then smaller
 * id) with each feasible existing colour, and with one new colour while that stays below the best
 * known count. The search stops when it meets the lower bound, exhausts the tree (the result is
 * then proven optimal) or spends its node budget (the result is the best found, {@link
 * Coloring#isProvenOptimal()} is {@code false}). Worst-case time is exponential in V (each search
 * node costs O(V)); memory is O(V·χ) integers. Graphs with more than {@link #MAX_SEARCH_VERTICES}
 * vertices get the DSatur colouring, proven optimal only when it meets the clique bound. A colour
 * limit is checked as in {@link LimitedColoring}.
 */
public final class ExactColoring extends LimitedColoring {
    /** The default limit on search-tree nodes. */
    public static final long DEFAULT_NODE_BUDGET = 2_000_000L;

    /**
     * Graphs with more vertices are answered by DSatur and the clique bound alone, without a
     * search.
     */
    public static final int MAX_SEARCH_VERTICES = 2_000;

    private final long nodeBudget;

    /**
     * Creates the algorithm with the default node budget.
     *
     * @param graph the input graph
     */
    public ExactColoring(UndirectedGraph graph) {
        this(graph, DEFAULT_NODE_BUDGET);
    }

    /**
     * Creates the algorithm with a node budget.
     *
     * @param graph the input graph
     * @param nodeBudget the maximum number of search-tree nodes, at least 0
     */
    public ExactColoring(UndirectedGraph graph, long nodeBudget) {
        this(graph, nodeBudget, UNLIMITED);
    }

    /**
     * Creates the algorithm with a node budget and a colour limit (for example the number of target
     * machines).
     *
     * @param graph the input graph
     * @param nodeBudget the maximum number of search-tree nodes, at least 0
     * @param maxColors the maximum number of colours, at least 0
     */
    public ExactColoring(UndirectedGraph graph, long nodeBudget, int maxColors) {
        super(graph, maxColors);
        if (nodeBudget < 0) {
            throw new IllegalArgumentException("node budget must be non-negative: " + nodeBudget);
        }
        this.nodeBudget = nodeBudget;
    }

    @Override
    Coloring colorWithoutLimit() {
        Coloring heuristic = new SaturationDegreeColoring(graph).getColoring();
        int upper = heuristic.numberOfColors();
        int[] clique = greedyClique(graph);
        if (clique.length >= upper || graph.vertexCount() > MAX_SEARCH_VERTICES) {
            return new Coloring(graph, heuristic.toArray(), clique.length >= upper);
        }
        Search search = new Search(graph, heuristic.toArray(), upper, clique.length, nodeBudget);
        boolean complete = search.run(clique);
        return new Coloring(graph, search.best, complete || search.bestCount == clique.length);
    }

    /**
     * Grows a clique greedily from each of the highest-degree vertices and returns the largest one
     * found.
     */
    static int[] greedyClique(UndirectedGraph g) {
        int n = g.vertexCount();
        if (n == 0) {
            return new int[0];
        }
        Integer[] byDegree = new Integer[n];
        for (int v = 0; v < n; v++) {
            byDegree[v] = v;
        }
        Arrays.sort(
                byDegree, (a, b) -> g.degree(a) != g.degree(b) ? g.degree(b) - g.degree(a) : a - b);
        int[] mark = new int[n];
        int stamp = 0;
        int[] best = {byDegree[0]};
        int[] candidates = new int[n];
        int[] next = new int[n];
        int tries = Math.min(n, 64);
        for (int s = 0; s < tries; s++) {
            int start = byDegree[s];
            if (g.degree(start) + 1 <= best.length) {
                break;
            }
            int[] clique = new int[g.degree(start) + 1];
            int size = 0;
            clique[size++] = start;
            int count = 0;
            for (int p = g.adjacencyStart(start); p < g.adjacencyEnd(start); p++) {
                candidates[count++] = g.adjacentVertex(p);
            }
            while (count > 0) {
                int pick = candidates[0];
                for (int i = 1; i < count; i++) {
                    int c = candidates[i];
                    if (g.degree(c) > g.degree(pick)
                            || (g.degree(c) == g.degree(pick) && c < pick)) {
                        pick = c;
                    }
                }
                clique[size++] = pick;
                stamp++;
                for (int p = g.adjacencyStart(pick); p < g.adjacencyEnd(pick); p++) {
                    mark[g.adjacentVertex(p)] = stamp;
                }
                int kept = 0;
                for (int i = 0; i < count; i++) {
                    if (mark[candidates[i]] == stamp) {
                        next[kept++] = candidates[i];
                    }
                }
                System.arraycopy(next, 0, candidates, 0, kept);
                count = kept;
            }
            if (size > best.length) {
                best = Arrays.copyOf(clique, size);
            }
        }
        return best;
    }

    /** The branch-and-bound state. */
    private static final class Search {
        private final UndirectedGraph g;
        private final int n;
        private final int width;
        private final int lower;
        private final int[] color;
        private final int[] neighborColorCount;
        private final int[] saturation;
        private final int[] uncoloredDegree;
        private long budget;
        private boolean stop;
        int[] best;
        int bestCount;

        Search(UndirectedGraph g, int[] initial, int upper, int lower, long budget) {
            this.g = g;
            this.n = g.vertexCount();
            this.width = upper;
            this.lower = lower;
            this.best = initial;
            this.bestCount = upper;
            this.budget = budget;
            this.color = new int[n];
            Arrays.fill(color, -1);
            this.neighborColorCount = new int[n * width];
            this.saturation = new int[n];
            this.uncoloredDegree = new int[n];
            for (int v = 0; v < n; v++) {
                uncoloredDegree[v] = g.degree(v);
            }
        }

        boolean run(int[] clique) {
            for (int i = 0; i < clique.length; i++) {
                assign(clique[i], i);
            }
            search(clique.length, clique.length);
            return !stop || bestCount == lower;
        }

        private void assign(int v, int c) {
            color[v] = c;
            for (int p = g.adjacencyStart(v), end = g.adjacencyEnd(v); p < end; p++) {
                int u = g.adjacentVertex(p);
                uncoloredDegree[u]--;
                if (neighborColorCount[u * width + c]++ == 0) {
                    saturation[u]++;
                }
            }
        }

        private void unassign(int v) {
            int c = color[v];
            color[v] = -1;
            for (int p = g.adjacencyStart(v), end = g.adjacencyEnd(v); p < end; p++) {
                int u = g.adjacentVertex(p);
                uncoloredDegree[u]++;
                if (--neighborColorCount[u * width + c] == 0) {
                    saturation[u]--;
                }
            }
        }

        private void search(int colored, int used) {
            if (stop) {
                return;
            }
            if (budget-- <= 0) {
                stop = true;
                return;
            }
            if (colored == n) {
                best = color.clone();
                bestCount = used;
                if (bestCount <= lower) {
                    stop = true;
                }
                return;
            }
            int v = -1;
            for (int u = 0; u < n; u++) {
                if (color[u] < 0
                        && (v < 0
                                || saturation[u] > saturation[v]
                                || (saturation[u] == saturation[v]
                                        && uncoloredDegree[u] > uncoloredDegree[v]))) {
                    v = u;
                }
            }
            int base = v * width;
            for (int c = 0; c < used && c < bestCount - 1; c++) {
                if (neighborColorCount[base + c] == 0) {
                    assign(v, c);
                    search(colored + 1, used);
                    unassign(v);
                    if (stop) {
                        return;
                    }
                }
            }
            if (used + 1 < bestCount) {
                assign(v, used);
                search(colored + 1, used + 1);
                unassign(v);
            }
        }
    }
}
