package org.dydisnix.graph.cut;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dydisnix.graph.UndirectedGraph;

/**
 * A validated multiway cut instance: graph, terminal ids and optional allowed terminals per vertex.
 */
final class Problem {
    final UndirectedGraph graph;
    final List<String> terminals;
    final int[] terminalIds;
    final int[] terminalIndex;
    private final boolean[][] allowed;

    Problem(
            UndirectedGraph graph,
            List<String> terminals,
            Map<String, ? extends Collection<String>> allowedTerminals) {
        this.graph = Objects.requireNonNull(graph, "graph cannot be null");
        this.terminals = List.copyOf(Objects.requireNonNull(terminals, "terminals cannot be null"));
        Objects.requireNonNull(allowedTerminals, "allowed terminals cannot be null");
        if (this.terminals.isEmpty()) {
            throw new IllegalArgumentException("at least one terminal is required");
        }
        int n = graph.vertexCount();
        int k = this.terminals.size();
        this.terminalIds = new int[k];
        this.terminalIndex = new int[n];
        java.util.Arrays.fill(terminalIndex, -1);
        for (int i = 0; i < k; i++) {
            int id = graph.indexOf(this.terminals.get(i));
            if (id < 0) {
                throw new IllegalArgumentException(
                        "terminal is not a vertex: " + this.terminals.get(i));
            }
            if (terminalIndex[id] >= 0) {
                throw new IllegalArgumentException("duplicate terminal: " + this.terminals.get(i));
            }
            terminalIds[i] = id;
            terminalIndex[id] = i;
        }
        this.allowed = new boolean[n][];
        for (Map.Entry<String, ? extends Collection<String>> entry : allowedTerminals.entrySet()) {
            int v = graph.indexOf(entry.getKey());
            if (v < 0) {
                throw new IllegalArgumentException(
                        "allowed terminals given for a missing vertex: " + entry.getKey());
            }
            boolean[] mask = new boolean[k];
            for (String t : entry.getValue()) {
                int ti = this.terminals.indexOf(t);
                if (ti < 0) {
                    throw new IllegalArgumentException("allowed terminal is not a terminal: " + t);
                }
                mask[ti] = true;
            }
            boolean any = false;
            for (boolean b : mask) {
                any |= b;
            }
            if (!any) {
                throw new IllegalArgumentException(
                        "vertex has no allowed terminal: " + entry.getKey());
            }
            if (terminalIndex[v] >= 0 && !mask[terminalIndex[v]]) {
                throw new IllegalArgumentException(
                        "terminal must be allowed for itself: " + entry.getKey());
            }
            allowed[v] = mask;
        }
    }

    int k() {
        return terminals.size();
    }

    boolean isAllowed(int vertex, int terminal) {
        return allowed[vertex] == null || allowed[vertex][terminal];
    }

    /**
     * The weight of the edges from {@code v} to assigned vertices on another terminal than {@code
     * t}.
     */
    double cost(int[] assignment, int v, int t) {
        double w = 0;
        for (int p = graph.adjacencyStart(v), end = graph.adjacencyEnd(v); p < end; p++) {
            int a = assignment[graph.adjacentVertex(p)];
            if (a >= 0 && a != t) {
                w += graph.edgeWeight(graph.adjacentEdge(p));
            }
        }
        return w;
    }

    /**
     * The allowed terminal with the smallest {@link #cost}, ties to the first in terminal order.
     */
    int cheapestAllowed(int[] assignment, int v) {
        int best = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int t = 0; t < k(); t++) {
            if (isAllowed(v, t)) {
                double c = cost(assignment, v, t);
                if (c < bestCost) {
                    best = t;
                    bestCost = c;
                }
            }
        }
        return best;
    }

    /**
     * Moves every vertex assigned to a terminal it may not use to its cheapest allowed terminal, in
     * id order.
     */
    void enforceAllowed(int[] assignment) {
        for (int v = 0; v < assignment.length; v++) {
            if (!isAllowed(v, assignment[v])) {
                assignment[v] = cheapestAllowed(assignment, v);
            }
        }
    }

    /**
     * Moves non-terminal vertices, in id order, to the allowed terminal that cuts strictly less
     * weight around them (ties: terminal order), for at most {@code passes} passes or until a pass
     * moves nothing. Each move lowers the total cut weight, so any approximation guarantee of the
     * input is kept.
     */
    void improveLocally(int[] assignment, int passes) {
        double total = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            total += graph.edgeWeight(e);
        }
        double epsilon = 1e-12 * Math.max(1, total);
        for (int pass = 0; pass < passes; pass++) {
            boolean moved = false;
            for (int v = 0; v < assignment.length; v++) {
                if (terminalIndex[v] >= 0) {
                    continue;
                }
                double current = cost(assignment, v, assignment[v]);
                int best = assignment[v];
                double bestCost = current;
                for (int t = 0; t < k(); t++) {
                    if (t != assignment[v] && isAllowed(v, t)) {
                        double c = cost(assignment, v, t);
                        if (c < bestCost - epsilon) {
                            best = t;
                            bestCost = c;
                        }
                    }
                }
                if (best != assignment[v]) {
                    assignment[v] = best;
                    moved = true;
                }
            }
            if (!moved) {
                return;
            }
        }
    }
}
