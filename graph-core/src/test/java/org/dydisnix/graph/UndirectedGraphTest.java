package org.dydisnix.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UndirectedGraphTest {
    @Test
    void verticesAndEdgesKeepInsertionOrder() {
        UndirectedGraph g =
                UndirectedGraph.builder()
                        .addVertex("c")
                        .addEdge("a", "b", 2)
                        .addEdge("c", "a")
                        .build();
        assertThat(g.vertices()).containsExactly("c", "a", "b");
        assertThat(g.edges()).containsExactly(new Edge("a", "b", 2), new Edge("c", "a", 1));
        assertThat(g.neighbors("a")).containsExactly("b", "c");
        assertThat(g.indexOf("b")).isEqualTo(2);
        assertThat(g.indexOf("zz")).isEqualTo(-1);
        assertThat(g.isDirected()).isFalse();
    }

    @Test
    void duplicateEdgesInEitherOrientationAreMergedBySummingWeights() {
        UndirectedGraph g =
                UndirectedGraph.builder()
                        .addEdge("a", "b", 1)
                        .addEdge("b", "c", 5)
                        .addEdge("b", "a", 2)
                        .addEdge("a", "b", 0.5)
                        .build();
        assertThat(g.edgeCount()).isEqualTo(2);
        assertThat(g.edge(0)).isEqualTo(new Edge("a", "b", 3.5));
        assertThat(g.weight("b", "a")).isEqualTo(3.5);
        assertThat(g.degree(g.indexOf("b"))).isEqualTo(2);
    }

    @Test
    void selfLoopsAreIgnoredButTheirVertexIsKept() {
        UndirectedGraph g = UndirectedGraph.builder().addEdge("x", "x", 4).build();
        assertThat(g.vertices()).containsExactly("x");
        assertThat(g.edgeCount()).isZero();
    }

    @Test
    void invalidWeightsAreRejected() {
        UndirectedGraph.Builder b = UndirectedGraph.builder();
        assertThatThrownBy(() -> b.addEdge("a", "b", -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.addEdge("a", "b", Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.addEdge("a", "b", Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.addEdge(0, 7, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void adjacencySlotsAreConsistentWithEdges() {
        UndirectedGraph g = RandomGraphs.gnm(200, 2000, 7);
        long slots = 0;
        for (int v = 0; v < g.vertexCount(); v++) {
            for (int p = g.adjacencyStart(v); p < g.adjacencyEnd(v); p++) {
                int e = g.adjacentEdge(p);
                int u = g.adjacentVertex(p);
                assertThat(u).isNotEqualTo(v);
                assertThat(
                                (g.edgeSource(e) == v && g.edgeTarget(e) == u)
                                        || (g.edgeSource(e) == u && g.edgeTarget(e) == v))
                        .isTrue();
                slots++;
            }
        }
        assertThat(slots).isEqualTo(2L * g.edgeCount());
    }
}
