package org.dydisnix.graph.color;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.dydisnix.graph.Edge;
import org.dydisnix.graph.RandomGraphs;
import org.dydisnix.graph.UndirectedGraph;
import org.dydisnix.graph.interfaces.VertexColoring.Coloring;
import org.jgrapht.Graph;
import org.jgrapht.alg.color.BrownBacktrackColoring;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

class ExactColoringTest extends BaseColoringTest {
    @Override
    LimitedColoring algorithm(UndirectedGraph graph, int maxColors) {
        return new ExactColoring(graph, ExactColoring.DEFAULT_NODE_BUDGET, maxColors);
    }

    @Override
    int maxVertices() {
        return 25;
    }

    private static Coloring exact(UndirectedGraph g) {
        Coloring c = new ExactColoring(g).getColoring();
        ColoringAssertions.assertProper(g, c);
        return c;
    }

    private static void assertChromatic(UndirectedGraph g, int chi) {
        Coloring c = exact(g);
        assertThat(c.numberOfColors()).isEqualTo(chi);
        assertThat(c.isProvenOptimal()).isTrue();
    }

    @Test
    void cyclesCompleteAndBipartiteGraphs() {
        assertChromatic(KnownGraphs.cycle(8), 2);
        assertChromatic(KnownGraphs.cycle(9), 3);
        assertChromatic(KnownGraphs.complete(1), 1);
        assertChromatic(KnownGraphs.complete(6), 6);
        assertChromatic(KnownGraphs.completeBipartite(3, 5), 2);
        assertChromatic(UndirectedGraph.builder().build(), 0);
    }

    @Test
    void mycielskiGraphsReachTheirChromaticNumberDespiteTriangleFreeness() {
        assertChromatic(KnownGraphs.mycielski(3), 3);
        assertChromatic(KnownGraphs.mycielski(4), 4);
        assertChromatic(KnownGraphs.mycielski(5), 5);
    }

    @Test
    void exhaustedBudgetGivesAnUnprovenColouring() {
        Coloring c = new ExactColoring(KnownGraphs.mycielski(5), 10).getColoring();
        assertThat(c.isProvenOptimal()).isFalse();
        ColoringAssertions.assertProper(KnownGraphs.mycielski(5), c);
    }

    @Test
    void largeGraphsFallBackToDsaturWithoutSearching() {
        UndirectedGraph big = RandomGraphs.gnm(5000, 20000, 3);
        Coloring c = new ExactColoring(big).getColoring();
        ColoringAssertions.assertProper(big, c);
        assertThat(c.numberOfColors())
                .isEqualTo(new SaturationDegreeColoring(big).getColoring().numberOfColors());
        assertThat(
                        new ExactColoring(KnownGraphs.completeBipartite(3, 2500))
                                .getColoring()
                                .isProvenOptimal())
                .isTrue();
    }

    @Test
    void exactIsProperAndNeverWorseThanDsatur() {
        qt().withExamples(200)
                .forAll(integers().between(1, 25), doubles().between(0, 1), longs().all())
                .checkAssert(
                        (n, p, seed) -> {
                            UndirectedGraph g = RandomGraphs.gnp(n, p, seed);
                            Coloring c = exact(g);
                            assertThat(c.isProvenOptimal()).isTrue();
                            assertThat(c.numberOfColors())
                                    .isLessThanOrEqualTo(
                                            new SaturationDegreeColoring(g)
                                                    .getColoring()
                                                    .numberOfColors());
                        });
    }

    @Test
    void exactMatchesJGraphTBacktracking() {
        qt().withExamples(100)
                .forAll(integers().between(2, 14), doubles().between(0, 1), longs().all())
                .checkAssert(
                        (n, p, seed) -> {
                            UndirectedGraph g = RandomGraphs.gnp(n, p, seed);
                            Graph<String, DefaultEdge> j = new SimpleGraph<>(DefaultEdge.class);
                            g.vertices().forEach(j::addVertex);
                            for (Edge e : g.edges()) {
                                j.addEdge(e.source(), e.target());
                            }
                            int chi = new BrownBacktrackColoring<>(j).getChromaticNumber();
                            assertThat(exact(g).numberOfColors()).isEqualTo(chi);
                        });
    }
}
