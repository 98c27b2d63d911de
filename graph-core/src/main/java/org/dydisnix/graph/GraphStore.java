package org.dydisnix.graph;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/** Shared storage and construction for graphs: names, edge arrays and CSR adjacency. */
final class GraphStore {
    final String[] names;
    final Map<String, Integer> index;
    final int[] source;
    final int[] target;
    final double[] weight;
    final int[] offsets;
    final int[] adjacent;
    final int[] adjacentEdge;
    final List<String> vertexList;

    private GraphStore(
            String[] names,
            Map<String, Integer> index,
            int[] source,
            int[] target,
            double[] weight) {
        this.names = names;
        this.index = index;
        this.source = source;
        this.target = target;
        this.weight = weight;
        int n = names.length;
        int m = source.length;
        this.offsets = new int[n + 1];
        for (int e = 0; e < m; e++) {
            offsets[source[e] + 1]++;
            offsets[target[e] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            offsets[v + 1] += offsets[v];
        }
        int slots = offsets[n];
        this.adjacent = new int[slots];
        this.adjacentEdge = new int[slots];
        int[] fill = Arrays.copyOf(offsets, n);
        for (int e = 0; e < m; e++) {
            int s = source[e];
            int t = target[e];
            int p = fill[s]++;
            adjacent[p] = t;
            adjacentEdge[p] = e;
            p = fill[t]++;
            adjacent[p] = s;
            adjacentEdge[p] = e;
        }
        this.vertexList = new ArrayView(names);
    }

    int indexOf(String name) {
        Integer id = index.get(name);
        return id == null ? -1 : id;
    }

    int require(String name) {
        Objects.requireNonNull(name, "vertex cannot be null");
        int id = indexOf(name);
        if (id < 0) {
            throw new IllegalArgumentException("no such vertex: " + name);
        }
        return id;
    }

    List<String> neighbors(String vertex) {
        int v = require(vertex);
        List<String> result = new ArrayList<>(offsets[v + 1] - offsets[v]);
        for (int p = offsets[v]; p < offsets[v + 1]; p++) {
            result.add(names[adjacent[p]]);
        }
        return List.copyOf(result);
    }

    double weight(String a, String b) {
        int u = indexOf(a);
        int v = indexOf(b);
        if (u < 0 || v < 0) {
            return 0.0;
        }
        for (int p = offsets[u]; p < offsets[u + 1]; p++) {
            if (adjacent[p] == v) {
                return weight[adjacentEdge[p]];
            }
        }
        return 0.0;
    }

    List<Edge> edges() {
        return new AbstractEdgeList(this);
    }

    /** Read-only list view over the name array. */
    private static final class ArrayView extends AbstractList<String> implements RandomAccess {
        private final String[] names;

        ArrayView(String[] names) {
            this.names = names;
        }

        @Override
        public String get(int i) {
            return names[i];
        }

        @Override
        public int size() {
            return names.length;
        }
    }

    /** Read-only list view materialising edge values on access. */
    private static final class AbstractEdgeList extends AbstractList<Edge> implements RandomAccess {
        private final GraphStore store;

        AbstractEdgeList(GraphStore store) {
            this.store = store;
        }

        @Override
        public Edge get(int e) {
            Objects.checkIndex(e, store.source.length);
            return new Edge(
                    store.names[store.source[e]], store.names[store.target[e]], store.weight[e]);
        }

        @Override
        public int size() {
            return store.source.length;
        }
    }

    /**
     * Accumulates vertices and edges; merges duplicate edges by summing weights and drops
     * self-loops on build.
     */
    static final class Accumulator {
        private final List<String> names = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private int[] src = new int[16];
        private int[] dst = new int[16];
        private double[] w = new double[16];
        private int size;

        int vertex(String name) {
            Objects.requireNonNull(name, "vertex cannot be null");
            Integer id = index.get(name);
            if (id != null) {
                return id;
            }
            int fresh = names.size();
            names.add(name);
            index.put(name, fresh);
            return fresh;
        }

        int vertexCount() {
            return names.size();
        }

        void edge(int a, int b, double weight) {
            Objects.checkIndex(a, names.size());
            Objects.checkIndex(b, names.size());
            if (!Double.isFinite(weight) || weight < 0.0) {
                throw new IllegalArgumentException(
                        "edge weight must be finite and non-negative: " + weight);
            }
            if (a == b) {
                return;
            }
            if (size == src.length) {
                int capacity = size + (size >> 1) + 16;
                src = Arrays.copyOf(src, capacity);
                dst = Arrays.copyOf(dst, capacity);
                w = Arrays.copyOf(w, capacity);
            }
            src[size] = a;
            dst[size] = b;
            w[size] = weight;
            size++;
        }

        GraphStore build() {
            int n = names.size();
            int m0 = size;
            // bucket edges by their smaller endpoint, stably
            int[] key = new int[m0];
            int[] other = new int[m0];
            int[] start = new int[n + 1];
            for (int i = 0; i < m0; i++) {
                int a = src[i];
                int b = dst[i];
                if (b < a) {
                    key[i] = b;
                    other[i] = a;
                } else {
                    key[i] = a;
                    other[i] = b;
                }
                start[key[i] + 1]++;
            }
            for (int v = 0; v < n; v++) {
                start[v + 1] += start[v];
            }
            int[] order = new int[m0];
            for (int i = 0; i < m0; i++) {
                order[start[key[i]]++] = i;
            }
            // start[v] now marks the end of bucket v; the bucket begins at the previous end
            int[] representative = key;
            int[] seenIn = new int[n];
            int[] seenEdge = new int[n];
            Arrays.fill(seenIn, -1);
            double[] merged = Arrays.copyOf(w, m0);
            int begin = 0;
            for (int v = 0; v < n; v++) {
                int end = start[v];
                for (int p = begin; p < end; p++) {
                    int i = order[p];
                    int o = other[i];
                    if (seenIn[o] == v) {
                        int r = seenEdge[o];
                        representative[i] = r;
                        merged[r] += w[i];
                    } else {
                        seenIn[o] = v;
                        seenEdge[o] = i;
                        representative[i] = i;
                    }
                }
                begin = end;
            }
            int m = 0;
            for (int i = 0; i < m0; i++) {
                if (representative[i] == i) {
                    m++;
                }
            }
            int[] source = new int[m];
            int[] target = new int[m];
            double[] weight = new double[m];
            int e = 0;
            for (int i = 0; i < m0; i++) {
                if (representative[i] == i) {
                    source[e] = src[i];
                    target[e] = dst[i];
                    weight[e] = merged[i];
                    e++;
                }
            }
            return new GraphStore(
                    names.toArray(new String[0]), new HashMap<>(index), source, target, weight);
        }
    }
}
