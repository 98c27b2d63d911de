package org.dydisnix.graph.cut;

import static org.assertj.core.api.Assertions.assertThat;
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

class IsolatingCutMultiwayCutTest extends BaseMultiwayCutTest {
    @Override
    MultiwayCut algorithm(
            UndirectedGraph graph, List<String> terminals, Map<String, List<String>> allowed) {
        return new IsolatingCutMultiwayCut(graph, terminals, allowed);
    }

    @Test
    void isolatingCutIsWithinTwoMinusTwoOverKOfTheOptimum() {
        qt().withExamples(300)
                .forAll(
                        integers().between(2, 14),
                        integers().between(2, 5),
                        doubles().between(0.1, 0.8),
                        longs().all())
                .checkAssert(
                        IsolatingCutMultiwayCutTest
                                ::isolatingCutIsWithinTwoMinusTwoOverKOfTheOptimum);
    }

    private static void isolatingCutIsWithinTwoMinusTwoOverKOfTheOptimum(
            int n, int k, double p, long seed) {
        int terminals = Math.min(k, n);
        UndirectedGraph g = RandomGraphs.gnp(n, p, seed);
        List<String> t = firstVertices(g, terminals);
        Cut approx = new IsolatingCutMultiwayCut(g, t).getCut();
        Cut plain = new IsolatingCutMultiwayCut(g, t, Map.of(), 0).getCut();
        Cut exact = new ExactMultiwayCut(g, t).getCut();
        assertConsistent(g, approx);
        assertConsistent(g, plain);
        assertThat(approx.weight()).isLessThanOrEqualTo(plain.weight() + 1e-9);
        assertThat(plain.weight())
                .isLessThanOrEqualTo((2.0 - 2.0 / terminals) * exact.weight() + 1e-9);
        assertConsistent(g, exact);
        assertThat(exact.isProvenOptimal()).isTrue();
        assertThat(exact.weight()).isLessThanOrEqualTo(approx.weight() + 1e-9);
        assertThat(approx.weight())
                .isLessThanOrEqualTo((2.0 - 2.0 / terminals) * exact.weight() + 1e-9);
    }

    @Test
    void isolatingCutAssignsEveryVertexToAnAllowedTerminal() {
        qt().withExamples(200)
                .forAll(
                        integers().between(2, 60),
                        integers().between(2, 6),
                        doubles().between(0.02, 0.5),
                        longs().all())
                .checkAssert(
                        IsolatingCutMultiwayCutTest
                                ::isolatingCutAssignsEveryVertexToAnAllowedTerminal);
    }

    private static void isolatingCutAssignsEveryVertexToAnAllowedTerminal(
            int n, int k, double p, long seed) {
        int terminals = Math.min(k, n);
        UndirectedGraph g = RandomGraphs.gnp(n, p, seed);
        List<String> t = firstVertices(g, terminals);
        Map<String, List<String>> allowed = randomAllowed(g, t, seed);
        Cut cut = new IsolatingCutMultiwayCut(g, t, allowed).getCut();
        assertConsistent(g, cut);
        allowed.forEach((v, set) -> assertThat(set).contains(cut.terminalOf(v)));
    }
}
