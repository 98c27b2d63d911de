package org.dydisnix.graph.color;

import org.dydisnix.graph.UndirectedGraph;

/**
 * DSatur colouring (D. Brélaz, "New methods to color the vertices of a graph", CACM 22(4), 1979).
 *
 * <p>Repeatedly colours the uncoloured vertex of highest <em>saturation</em> (the number of
 * distinct colours among its coloured neighbours) with the smallest colour none of its neighbours
 * has. Ties are broken by the larger degree in the subgraph induced by the uncoloured vertices,
 * then by the smaller vertex id (insertion order), so the result is deterministic.
 *
 * <p>Runs in O((V + E) log V) time with an indexed binary heap; the distinct neighbour colours of
 * each vertex are kept in a bit set of {@code degree + 1} bits (colours beyond that go to a shared
 * hash set), so memory is O(V + E) bits on top of the graph.
 *
 * <p>With a colour limit, the colouring is completed without the limit and a {@link
 * NotEnoughColorsException} reports how many colours were needed (see {@link LimitedColoring}). See
 * {@link ExactColoring} for proven optimal colourings of small graphs.
 */
public final class SaturationDegreeColoring extends LimitedColoring {

    /**
     * Creates the algorithm without a colour limit.
     *
     * @param graph the input graph
     */
    public SaturationDegreeColoring(UndirectedGraph graph) {
        this(graph, UNLIMITED);
    }

    /**
     * Creates the algorithm with a colour limit (for example the number of target machines).
     *
     * @param graph the input graph
     * @param maxColors the maximum number of colours, at least 0
     */
    public SaturationDegreeColoring(UndirectedGraph graph, int maxColors) {
        super(graph, maxColors);
    }

    @Override
    Coloring colorWithoutLimit() {
        int[] colors = color(graph);
        int used = 0;
        for (int c : colors) {
            used = Math.max(used, c + 1);
        }
        return new Coloring(graph, colors, optimalByCount(graph, used));
    }

    private static int[] color(UndirectedGraph g) {
        int n = g.vertexCount();
        int[] color = new int[n];
        int[] saturation = new int[n];
        int[] uncoloredDegree = new int[n];
        int[] wordStart = new int[n + 1];
        for (int v = 0; v < n; v++) {
            int d = g.degree(v);
            uncoloredDegree[v] = d;
            wordStart[v + 1] = wordStart[v] + ((d + 64) >>> 6);
            color[v] = -1;
        }
        long[] bits = new long[wordStart[n]];
        LongSet overflow = new LongSet();
        Heap heap = new Heap(n, saturation, uncoloredDegree);

        while (heap.size > 0) {
            int v = heap.pop();
            int c = firstClear(bits, wordStart[v], wordStart[v + 1]);
            color[v] = c;
            for (int p = g.adjacencyStart(v), end = g.adjacencyEnd(v); p < end; p++) {
                int u = g.adjacentVertex(p);
                if (color[u] >= 0) {
                    continue;
                }
                uncoloredDegree[u]--;
                boolean fresh;
                if (c <= g.degree(u)) {
                    int word = wordStart[u] + (c >>> 6);
                    long mask = 1L << c;
                    fresh = (bits[word] & mask) == 0;
                    bits[word] |= mask;
                } else {
                    fresh = overflow.add(((long) u << 32) | c);
                }
                if (fresh) {
                    saturation[u]++;
                    heap.up(u);
                } else {
                    heap.down(u);
                }
            }
        }
        return color;
    }

    private static int firstClear(long[] bits, int from, int to) {
        for (int w = from; w < to; w++) {
            long inverted = ~bits[w];
            if (inverted != 0) {
                return ((w - from) << 6) + Long.numberOfTrailingZeros(inverted);
            }
        }
        throw new IllegalStateException("no free colour");
    }

    /** Indexed binary max-heap ordered by saturation, then uncoloured degree, then smaller id. */
    private static final class Heap {
        private final int[] heap;
        private final int[] position;
        private final int[] saturation;
        private final int[] degree;
        private int size;

        Heap(int n, int[] saturation, int[] degree) {
            this.heap = new int[n];
            this.position = new int[n];
            this.saturation = saturation;
            this.degree = degree;
            for (int v = 0; v < n; v++) {
                heap[v] = v;
                position[v] = v;
            }
            this.size = n;
            for (int i = (n >>> 1) - 1; i >= 0; i--) {
                siftDown(i);
            }
        }

        private boolean before(int a, int b) {
            if (saturation[a] != saturation[b]) {
                return saturation[a] > saturation[b];
            }
            if (degree[a] != degree[b]) {
                return degree[a] > degree[b];
            }
            return a < b;
        }

        int pop() {
            int top = heap[0];
            size--;
            if (size > 0) {
                int last = heap[size];
                heap[0] = last;
                position[last] = 0;
                siftDown(0);
            }
            position[top] = -1;
            return top;
        }

        void up(int v) {
            int i = position[v];
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                int p = heap[parent];
                if (!before(v, p)) {
                    break;
                }
                heap[i] = p;
                position[p] = i;
                i = parent;
            }
            heap[i] = v;
            position[v] = i;
        }

        void down(int v) {
            siftDown(position[v]);
        }

        private void siftDown(int i) {
            int v = heap[i];
            int half = size >>> 1;
            while (i < half) {
                int child = 2 * i + 1;
                int c = heap[child];
                int right = child + 1;
                if (right < size && before(heap[right], c)) {
                    child = right;
                    c = heap[child];
                }
                if (!before(c, v)) {
                    break;
                }
                heap[i] = c;
                position[c] = i;
                i = child;
            }
            heap[i] = v;
            position[v] = i;
        }
    }

    /** Open-addressing set of non-negative longs for the rare colours above a vertex's degree. */
    private static final class LongSet {
        private long[] table = new long[16];
        private int size;

        boolean add(long key) {
            long stored = key + 1;
            if ((size + 1) * 2 > table.length) {
                grow();
            }
            int mask = table.length - 1;
            int i = mix(stored) & mask;
            while (table[i] != 0) {
                if (table[i] == stored) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            table[i] = stored;
            size++;
            return true;
        }

        private void grow() {
            long[] old = table;
            table = new long[old.length * 2];
            int mask = table.length - 1;
            for (long k : old) {
                if (k != 0) {
                    int i = mix(k) & mask;
                    while (table[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    table[i] = k;
                }
            }
        }

        private static int mix(long k) {
            long h = k * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
