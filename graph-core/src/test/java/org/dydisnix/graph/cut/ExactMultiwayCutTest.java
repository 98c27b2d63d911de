package org.dydisnix.graph.cut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Map;
import org.dydisnix.graph.RandomGraphs;
import org.dydisnix.graph.UndirectedGraph;
import org.dydisnix.graph.interfaces.MultiwayCut;
import org.dydisnix.graph.interfaces.MultiwayCut.Cut;
import org.junit.jupiter.api.Test;

class ExactMultiwayCutTest extends BaseMultiwayCutTest {
    @Override
    MultiwayCut algorithm(
            UndirectedGraph graph, List<String> terminals, Map<String, List<String>> allowed) {
        return new ExactMultiwayCut(
                graph, terminals, allowed, ExactMultiwayCut.DEFAULT_MAX_NON_TERMINALS);
    }

    @Test
    void smallInstancesAreProvenOptimalAndLargeOnesRefused() {
        UndirectedGraph path =
                UndirectedGraph.builder().addEdge("s", "a", 5).addEdge("a", "t", 1).build();
        assertThat(new ExactMultiwayCut(path, List.of("s", "t")).getCut().isProvenOptimal())
                .isTrue();
        assertThatThrownBy(
                        () ->
                                new ExactMultiwayCut(
                                        RandomGraphs.gnp(40, 0.1, 1), List.of("v0", "v1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exactMatchesBruteForceAndRespectsAllowedTerminals() {
        qt().withExamples(200)
                .forAll(
                        integers().between(2, 8),
                        integers().between(2, 3),
                        doubles().between(0.1, 0.9),
                        longs().all())
                .checkAssert(
                        ExactMultiwayCutTest::exactMatchesBruteForceAndRespectsAllowedTerminals);
    }

    private static void exactMatchesBruteForceAndRespectsAllowedTerminals(
            int n, int k, double p, long seed) {
        int terminals = Math.min(k, n);
        UndirectedGraph g = RandomGraphs.gnp(n, p, seed);
        List<String> t = firstVertices(g, terminals);
        Map<String, List<String>> allowed = randomAllowed(g, t, seed);
        Cut exact = new ExactMultiwayCut(g, t, allowed, 10).getCut();
        assertConsistent(g, exact);
        assertThat(exact.weight()).isCloseTo(bruteForce(g, t, allowed), within(1e-9));
        allowed.forEach((v, set) -> assertThat(set).contains(exact.terminalOf(v)));
    }
}
