package org.dydisnix.graph.color;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import org.dydisnix.graph.Edge;
import org.dydisnix.graph.RandomGraphs;
import org.dydisnix.graph.UndirectedGraph;
import org.dydisnix.graph.interfaces.VertexColoring.Coloring;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

class SaturationDegreeColoringTest extends BaseColoringTest {
    @Override
    LimitedColoring algorithm(UndirectedGraph graph, int maxColors) {
        return new SaturationDegreeColoring(graph, maxColors);
    }

    private static Coloring dsatur(UndirectedGraph g) {
        return new SaturationDegreeColoring(g).getColoring();
    }

    private static UndirectedGraph graph(String... edges) {
        UndirectedGraph.Builder b = UndirectedGraph.builder();
        for (String e : edges) {
            b.addEdge(e.substring(0, 1), e.substring(1, 2));
        }
        return b.build();
    }

    private static OriginalDydisnixDsatur.Result original(UndirectedGraph g) {
        List<String[]> links = new ArrayList<>();
        for (Edge e : g.edges()) {
            links.add(new String[] {e.source(), e.target()});
        }
        return OriginalDydisnixDsatur.color(g.vertices(), links);
    }

    @Test
    void triangleNeedsThreeColours() {
        Coloring c = dsatur(graph("ab", "bc", "ca"));
        assertThat(c.numberOfColors()).isEqualTo(3);
        assertThat(c.colors()).containsEntry("a", 0).containsEntry("b", 1).containsEntry("c", 2);
    }

    @Test
    void tiesGoToHigherUncolouredDegreeThenInsertionOrder() {
        Coloring c = dsatur(graph("ab", "cd", "ce"));
        assertThat(c.colors())
                .containsExactly(
                        java.util.Map.entry("a", 0),
                        java.util.Map.entry("b", 1),
                        java.util.Map.entry("c", 0),
                        java.util.Map.entry("d", 1),
                        java.util.Map.entry("e", 1));
    }

    @Test
    void colorClassesFollowVertexOrder() {
        Coloring c = dsatur(graph("ab", "bc"));
        assertThat(c.colorClasses()).hasSize(2);
        assertThat(c.colorClasses().get(0)).containsExactly("b");
        assertThat(c.colorClasses().get(1)).containsExactly("a", "c");
    }

    @Test
    void sixCycleNeedsTwoColoursWhereTheOriginalHeuristicUsesThree() {
        UndirectedGraph g = graph("ab", "af", "be", "cd", "ce", "df");
        OriginalDydisnixDsatur.Result old = original(g);
        assertThat(old.completed()).isTrue();
        assertThat(old.numberOfColors()).isEqualTo(3);
        Coloring c = dsatur(g);
        ColoringAssertions.assertProper(g, c);
        assertThat(c.numberOfColors()).isEqualTo(2);
        assertThat(c.isProvenOptimal()).isTrue();
    }

    @Test
    void servicesWithoutDependenciesGetOneColourWhereTheOriginalHeuristicNeverFinishes() {
        UndirectedGraph g =
                UndirectedGraph.builder()
                        .addVertex("a")
                        .addVertex("b")
                        .addVertex("c")
                        .addVertex("d")
                        .build();
        assertThat(original(g).completed()).isFalse();
        assertThat(dsatur(g).numberOfColors()).isEqualTo(1);
    }

    private static int[] naiveDsatur(UndirectedGraph g) {
        int n = g.vertexCount();
        int[] color = new int[n];
        java.util.Arrays.fill(color, -1);
        for (int step = 0; step < n; step++) {
            int best = -1;
            int bestSat = -1;
            int bestDeg = -1;
            for (int v = 0; v < n; v++) {
                if (color[v] >= 0) {
                    continue;
                }
                java.util.Set<Integer> seen = new java.util.HashSet<>();
                int deg = 0;
                for (String u : g.neighbors(g.vertex(v))) {
                    int cu = color[g.indexOf(u)];
                    if (cu >= 0) {
                        seen.add(cu);
                    } else {
                        deg++;
                    }
                }
                if (seen.size() > bestSat || (seen.size() == bestSat && deg > bestDeg)) {
                    best = v;
                    bestSat = seen.size();
                    bestDeg = deg;
                }
            }
            java.util.Set<Integer> used = new java.util.HashSet<>();
            for (String u : g.neighbors(g.vertex(best))) {
                used.add(color[g.indexOf(u)]);
            }
            int c = 0;
            while (used.contains(c)) {
                c++;
            }
            color[best] = c;
        }
        return color;
    }

    @Test
    void followsTheDocumentedSelectionRuleExactly() {
        qt().withExamples(200)
                .forAll(integers().between(1, 50), doubles().between(0, 1), longs().all())
                .checkAssert(
                        (n, p, seed) -> {
                            UndirectedGraph g = RandomGraphs.gnp(n, p, seed);
                            assertThat(dsatur(g).toArray()).containsExactly(naiveDsatur(g));
                        });
    }

    @Test
    void bipartiteGraphsGetAtMostTwoColours() {
        qt().withExamples(200)
                .forAll(integers().between(1, 40), doubles().between(0, 1), longs().all())
                .checkAssert(
                        (n, p, seed) -> {
                            UndirectedGraph random = RandomGraphs.gnp(n, p, seed);
                            UndirectedGraph.Builder b = UndirectedGraph.builder();
                            for (Edge e : random.edges()) {
                                int s = Integer.parseInt(e.source().substring(1));
                                int t = Integer.parseInt(e.target().substring(1));
                                if ((s + t) % 2 == 1) {
                                    b.addEdge(e.source(), e.target());
                                }
                            }
                            UndirectedGraph g = b.build();
                            assertThat(dsatur(g).numberOfColors()).isLessThanOrEqualTo(2);
                        });
    }

    @Test
    void usesNoMoreColoursInTotalThanTheOriginalHeuristicOnASeededSuite() {
        long ours = 0;
        long theirs = 0;
        int unfinished = 0;
        for (int i = 0; i < 300; i++) {
            UndirectedGraph g = RandomGraphs.gnp(5 + i % 40, 0.05 + (i % 9) * 0.1, 1000 + i);
            Coloring c = dsatur(g);
            ColoringAssertions.assertProper(g, c);
            OriginalDydisnixDsatur.Result old = original(g);
            if (!old.completed()) {
                unfinished++;
                continue;
            }
            ours += c.numberOfColors();
            theirs += old.numberOfColors();
        }
        assertThat(ours).isLessThanOrEqualTo(theirs);
        assertThat(unfinished).isLessThan(300);
    }

    @Test
    void usesNoMoreColoursInTotalThanJGraphTDsaturOnASeededSuite() {
        long ours = 0;
        long jgrapht = 0;
        for (int i = 0; i < 100; i++) {
            UndirectedGraph g = RandomGraphs.gnp(20 + i, 0.02 + (i % 10) * 0.08, 5000 + i);
            Graph<String, DefaultEdge> j = new SimpleGraph<>(DefaultEdge.class);
            g.vertices().forEach(j::addVertex);
            for (Edge e : g.edges()) {
                j.addEdge(e.source(), e.target());
            }
            ours += dsatur(g).numberOfColors();
            jgrapht +=
                    new org.jgrapht.alg.color.SaturationDegreeColoring<>(j)
                            .getColoring()
                            .getNumberColors();
        }
        assertThat(ours).isLessThanOrEqualTo(jgrapht + jgrapht / 50);
    }
}
