package org.dydisnix.graph.color;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.dydisnix.graph.RandomGraphs;
import org.dydisnix.graph.UndirectedGraph;
import org.dydisnix.graph.interfaces.VertexColoring.Coloring;
import org.junit.jupiter.api.Test;

/**
 * The contract of every colouring with a colour limit; each implementation's test only supplies its
 * factory.
 */
abstract class BaseColoringTest {
    /** The algorithm under test, limited to {@code maxColors} colours. */
    abstract LimitedColoring algorithm(UndirectedGraph graph, int maxColors);

    /** The largest random graph the property tries (exact algorithms need small ones). */
    int maxVertices() {
        return 60;
    }

    private Coloring color(UndirectedGraph g) {
        Coloring c = algorithm(g, LimitedColoring.UNLIMITED).getColoring();
        ColoringAssertions.assertProper(g, c);
        return c;
    }

    @Test
    void emptyAndEdgelessGraphsAreColouredOptimally() {
        Coloring empty = color(UndirectedGraph.builder().build());
        assertThat(empty.numberOfColors()).isZero();
        assertThat(empty.isProvenOptimal()).isTrue();
        Coloring edgeless = color(UndirectedGraph.builder().addVertex("x").addVertex("y").build());
        assertThat(edgeless.numberOfColors()).isEqualTo(1);
        assertThat(edgeless.isProvenOptimal()).isTrue();
    }

    @Test
    void knownChromaticNumbersOfEasyGraphsAreMet() {
        assertThat(color(KnownGraphs.cycle(10)).numberOfColors()).isEqualTo(2);
        assertThat(color(KnownGraphs.cycle(11)).numberOfColors()).isEqualTo(3);
        assertThat(color(KnownGraphs.complete(7)).numberOfColors()).isEqualTo(7);
        assertThat(color(KnownGraphs.completeBipartite(4, 6)).numberOfColors()).isEqualTo(2);
        assertThat(color(KnownGraphs.mycielski(4)).numberOfColors()).isEqualTo(4);
    }

    @Test
    void aColourLimitBelowTheNeedReportsTheColoursNeededAndTheColouring() {
        UndirectedGraph k4 = KnownGraphs.complete(4);
        NotEnoughColorsException e =
                catchThrowableOfType(
                        NotEnoughColorsException.class, () -> algorithm(k4, 3).getColoring());
        assertThat(e.colorsNeeded()).isEqualTo(4);
        assertThat(e.colorsAvailable()).isEqualTo(3);
        ColoringAssertions.assertProper(k4, e.coloring());
        assertThat(algorithm(k4, 4).getColoring().numberOfColors()).isEqualTo(4);
        assertThat(algorithm(UndirectedGraph.builder().build(), 0).getColoring().numberOfColors())
                .isZero();
        assertThatThrownBy(
                        () ->
                                algorithm(UndirectedGraph.builder().addVertex("x").build(), 0)
                                        .getColoring())
                .isInstanceOf(NotEnoughColorsException.class);
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThatThrownBy(() -> algorithm(KnownGraphs.complete(2), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> algorithm(null, 1)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void everyColouringIsProperDeterministicLimitedAndHonestAboutOptimality() {
        qt().withExamples(300)
                .forAll(
                        integers().between(1, maxVertices()),
                        doubles().between(0, 1),
                        longs().all())
                .checkAssert(
                        (n, p, seed) -> {
                            UndirectedGraph g = RandomGraphs.gnp(n, p, seed);
                            Coloring c = color(g);
                            assertThat(color(g)).isEqualTo(c);
                            int maxDegree = 0;
                            for (int v = 0; v < g.vertexCount(); v++) {
                                maxDegree = Math.max(maxDegree, g.degree(v));
                            }
                            assertThat(c.numberOfColors()).isLessThanOrEqualTo(maxDegree + 1);
                            assertThat(algorithm(g, c.numberOfColors()).getColoring()).isEqualTo(c);
                            NotEnoughColorsException e =
                                    catchThrowableOfType(
                                            NotEnoughColorsException.class,
                                            () ->
                                                    algorithm(g, c.numberOfColors() - 1)
                                                            .getColoring());
                            assertThat(e.colorsNeeded()).isEqualTo(c.numberOfColors());
                            assertThat(e.coloring()).isEqualTo(c);
                            if (c.isProvenOptimal()) {
                                assertThat(c.numberOfColors())
                                        .isEqualTo(
                                                new ExactColoring(g)
                                                        .getColoring()
                                                        .numberOfColors());
                            }
                        });
    }
}
