package org.dydisnix.graph.color;

import java.util.Arrays;
import org.dydisnix.graph.UndirectedGraph;

/**
 * DSatur followed by a recolouring pass that tries to empty the highest colour class.
 *
 * <p>Starts from {@link SaturationDegreeColoring}; then, while at least three colours are used,
 * every vertex of the highest class (in id order) is moved to a lower colour by the first of: a
 * colour free among its neighbours; a colour held by exactly one neighbour that can itself move to
 * another free lower colour; a Kempe-chain interchange of two lower colours {@code c, d} that frees
 * {@code c} (the chain through the vertex's {@code c}-neighbours must not reach one of its {@code
 * d}-neighbours). When the class empties, the colour count drops by one and the pass repeats; at
 * the first vertex that cannot move the pass stops and the colouring, still proper, is returned.
 * Everything is deterministic and the colour count is never larger than DSatur's.
 *
 * <p>The pass stops once it has scanned {@link #WORK_FACTOR}·(V + E) adjacency entries and colours
 * in total, so it adds O(V + E) time to DSatur's O((V + E) log V).
 */
public final class RecoloringSaturationDegreeColoring extends LimitedColoring {
    /** The Kempe-chain work budget, as a multiple of V + E. */
    public static final int WORK_FACTOR = 2;

    /**
     * Creates the algorithm without a colour limit.
     *
     * @param graph the input graph
     */
    public RecoloringSaturationDegreeColoring(UndirectedGraph graph) {
        this(graph, UNLIMITED);
    }

    /**
     * Creates the algorithm with a colour limit (for example the number of target machines).
     *
     * @param graph the input graph
     * @param maxColors the maximum number of colours, at least 0
     */
    public RecoloringSaturationDegreeColoring(UndirectedGraph graph, int maxColors) {
        super(graph, maxColors);
    }

    @Override
    Coloring colorWithoutLimit() {
        Coloring start = new SaturationDegreeColoring(graph).getColoring();
        int[] colors = start.toArray();
        int k = start.numberOfColors();
        Pass pass =
                new Pass(
                        graph,
                        colors,
                        WORK_FACTOR * ((long) graph.vertexCount() + graph.edgeCount()));
        while (k > 2 && pass.emptyClass(k - 1)) {
            k--;
        }
        return new Coloring(graph, colors, optimalByCount(graph, k));
    }

    /** Scratch state for moving vertices out of the highest class. */
    private static final class Pass {
        private final UndirectedGraph g;
        private final int[] color;
        private final int[] visited;
        private final int[] queue;
        private final int[] colorMark;
        private final int[] neighborMark;
        private int stamp;
        private long work;

        Pass(UndirectedGraph g, int[] color, long work) {
            this.g = g;
            this.color = color;
            this.visited = new int[g.vertexCount()];
            this.queue = new int[g.vertexCount()];
            this.colorMark = new int[g.vertexCount() + 1];
            this.neighborMark = new int[g.vertexCount()];
            this.work = work;
        }

        boolean emptyClass(int last) {
            int[] count = new int[last];
            int[] witness = new int[last];
            for (int v = 0; v < color.length; v++) {
                if (color[v] == last && (work <= 0 || !move(v, last, count, witness))) {
                    return false;
                }
            }
            return true;
        }

        private boolean move(int v, int last, int[] count, int[] witness) {
            work -= g.degree(v) + last;
            Arrays.fill(count, 0);
            for (int p = g.adjacencyStart(v), end = g.adjacencyEnd(v); p < end; p++) {
                int u = g.adjacentVertex(p);
                int c = color[u];
                if (c < last) {
                    count[c]++;
                    witness[c] = u;
                }
            }
            for (int c = 0; c < last; c++) {
                if (count[c] == 0) {
                    color[v] = c;
                    return true;
                }
            }
            for (int c = 0; c < last; c++) {
                if (count[c] == 1) {
                    int u = witness[c];
                    int free = freeColor(u, last, c);
                    if (free >= 0) {
                        color[u] = free;
                        color[v] = c;
                        return true;
                    }
                }
            }
            for (int c = 0; c < last && work > 0; c++) {
                for (int d = 0; d < last && work > 0; d++) {
                    if (d != c && kempe(v, c, d)) {
                        color[v] = c;
                        return true;
                    }
                }
            }
            return false;
        }

        private int freeColor(int u, int last, int except) {
            work -= g.degree(u) + last;
            stamp++;
            for (int p = g.adjacencyStart(u), end = g.adjacencyEnd(u); p < end; p++) {
                int c = color[g.adjacentVertex(p)];
                if (c < last) {
                    colorMark[c] = stamp;
                }
            }
            for (int c = 0; c < last; c++) {
                if (c != except && colorMark[c] != stamp) {
                    return c;
                }
            }
            return -1;
        }

        private boolean kempe(int v, int c, int d) {
            int s = ++stamp;
            int tail = 0;
            work -= g.degree(v);
            for (int p = g.adjacencyStart(v), end = g.adjacencyEnd(v); p < end; p++) {
                int u = g.adjacentVertex(p);
                neighborMark[u] = s;
                if (color[u] == c && visited[u] != s) {
                    visited[u] = s;
                    queue[tail++] = u;
                }
            }
            for (int head = 0; head < tail; head++) {
                int x = queue[head];
                for (int p = g.adjacencyStart(x), end = g.adjacencyEnd(x); p < end; p++) {
                    int y = g.adjacentVertex(p);
                    int cy = color[y];
                    if (visited[y] != s && (cy == c || cy == d)) {
                        if (--work <= 0) {
                            return false;
                        }
                        if (cy == d && neighborMark[y] == s) {
                            return false;
                        }
                        visited[y] = s;
                        queue[tail++] = y;
                    }
                }
            }
            for (int i = 0; i < tail; i++) {
                int x = queue[i];
                color[x] = color[x] == c ? d : c;
            }
            return true;
        }
    }
}
