package org.dydisnix.graph.color;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.dydisnix.graph.RandomGraphs;
import org.dydisnix.graph.UndirectedGraph;
import org.dydisnix.graph.interfaces.VertexColoring.Coloring;
import org.junit.jupiter.api.Test;

class RecoloringSaturationDegreeColoringTest extends BaseColoringTest {
    @Override
    LimitedColoring algorithm(UndirectedGraph graph, int maxColors) {
        return new RecoloringSaturationDegreeColoring(graph, maxColors);
    }

    @Test
    void properDeterministicAndNeverWorseThanDsatur() {
        qt().withExamples(300)
                .forAll(integers().between(1, 80), doubles().between(0, 1), longs().all())
                .checkAssert(
                        (n, p, seed) -> {
                            UndirectedGraph g = RandomGraphs.gnp(n, p, seed);
                            Coloring c = new RecoloringSaturationDegreeColoring(g).getColoring();
                            ColoringAssertions.assertProper(g, c);
                            assertThat(c.numberOfColors())
                                    .isLessThanOrEqualTo(
                                            new SaturationDegreeColoring(g)
                                                    .getColoring()
                                                    .numberOfColors());
                            assertThat(new RecoloringSaturationDegreeColoring(g).getColoring())
                                    .isEqualTo(c);
                        });
    }

    @Test
    void savesColoursOverPlainDsaturOnASeededSuite() {
        long plain = 0;
        long recolored = 0;
        for (int i = 0; i < 60; i++) {
            UndirectedGraph g = RandomGraphs.gnm(300, 1500 + 50 * i, 77 + i);
            plain += new SaturationDegreeColoring(g).getColoring().numberOfColors();
            Coloring c = new RecoloringSaturationDegreeColoring(g).getColoring();
            ColoringAssertions.assertProper(g, c);
            recolored += c.numberOfColors();
        }
        assertThat(recolored).isLessThan(plain);
    }
}
