package org.dydisnix.graph.color;

import static org.assertj.core.api.Assertions.assertThat;

import org.dydisnix.graph.UndirectedGraph;
import org.dydisnix.graph.interfaces.VertexColoring.Coloring;

/** Shared checks for colourings. */
final class ColoringAssertions {
    private ColoringAssertions() {}

    static void assertProper(UndirectedGraph g, Coloring coloring) {
        int k = coloring.numberOfColors();
        for (int e = 0; e < g.edgeCount(); e++) {
            assertThat(coloring.colorOf(g.edgeSource(e)))
                    .as("colours of edge %s", g.edge(e))
                    .isNotEqualTo(coloring.colorOf(g.edgeTarget(e)));
        }
        boolean[] seen = new boolean[k];
        for (int v = 0; v < g.vertexCount(); v++) {
            int c = coloring.colorOf(v);
            assertThat(c).isBetween(0, k - 1);
            seen[c] = true;
        }
        for (boolean s : seen) {
            assertThat(s).as("every colour index below the count is used").isTrue();
        }
    }
}
