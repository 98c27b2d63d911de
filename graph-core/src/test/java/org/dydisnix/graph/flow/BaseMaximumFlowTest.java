package org.dydisnix.graph.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Set;
import org.dydisnix.graph.Edge;
import org.dydisnix.graph.RandomGraphs;
import org.dydisnix.graph.UndirectedGraph;
import org.dydisnix.graph.interfaces.MaximumFlow;
import org.dydisnix.graph.interfaces.MaximumFlow.Flow;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

/**
 * The contract of every maximum-flow algorithm; each implementation's test only supplies its
 * factory.
 */
abstract class BaseMaximumFlowTest {
    /** The algorithm under test. */
    abstract MaximumFlow algorithm(UndirectedGraph graph);

    private static double crossingWeight(UndirectedGraph g, Set<String> side) {
        double w = 0;
        for (Edge e : g.edges()) {
            if (side.contains(e.source()) != side.contains(e.target())) {
                w += e.weight();
            }
        }
        return w;
    }

    private static SimpleWeightedGraph<String, DefaultWeightedEdge> toJGraphT(UndirectedGraph g) {
        SimpleWeightedGraph<String, DefaultWeightedEdge> j =
                new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        g.vertices().forEach(j::addVertex);
        for (Edge e : g.edges()) {
            j.setEdgeWeight(j.addEdge(e.source(), e.target()), e.weight());
        }
        return j;
    }

    @Test
    void smallNetworkWithKnownCut() {
        UndirectedGraph g =
                UndirectedGraph.builder()
                        .addEdge("s", "a", 3)
                        .addEdge("s", "b", 2)
                        .addEdge("a", "b", 1)
                        .addEdge("a", "t", 2)
                        .addEdge("b", "t", 3)
                        .addEdge("c", "c", 9)
                        .build();
        Flow f = algorithm(g).getMaximumFlow("s", "t");
        assertThat(f.value()).isCloseTo(5.0, within(1e-9));
        assertThat(f.sourceSide()).containsExactly("s");
        assertThat(f.cutEdges()).containsExactly(new Edge("s", "a", 3), new Edge("s", "b", 2));
    }

    @Test
    void disconnectedSinkHasZeroFlowAndTheSourceComponentAsSide() {
        UndirectedGraph g = UndirectedGraph.builder().addEdge("s", "a", 1).addVertex("t").build();
        Flow f = algorithm(g).getMaximumFlow("s", "t");
        assertThat(f.value()).isZero();
        assertThat(f.sourceSide()).containsExactly("s", "a");
    }

    @Test
    void severalSourcesAndSinks() {
        UndirectedGraph g =
                UndirectedGraph.builder()
                        .addEdge("s1", "m", 5)
                        .addEdge("s2", "m", 5)
                        .addEdge("m", "t1", 1)
                        .addEdge("m", "t2", 1)
                        .addEdge("s1", "t1", 0.5)
                        .build();
        Flow f = algorithm(g).getMaximumFlow(List.of("s1", "s2"), List.of("t1", "t2"));
        assertThat(f.value()).isCloseTo(2.5, within(1e-9));
        assertThat(f.sourceSide()).containsExactly("s1", "m", "s2");
    }

    @Test
    void invalidArguments() {
        UndirectedGraph g = UndirectedGraph.builder().addEdge("a", "b").build();
        MaximumFlow flow = algorithm(g);
        assertThatThrownBy(() -> flow.getMaximumFlow("a", "a"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> flow.getMaximumFlow("a", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> flow.getMaximumFlow(List.of(), List.of("a")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void flowValueEqualsCutWeightAndJGraphT() {
        qt().withExamples(300)
                .forAll(integers().between(2, 40), doubles().between(0, 0.6), longs().all())
                .checkAssert(
                        (n, p, seed) -> {
                            UndirectedGraph g = RandomGraphs.gnp(n, p, seed);
                            String s = g.vertex(0);
                            String t = g.vertex(n - 1);
                            Flow f = algorithm(g).getMaximumFlow(s, t);
                            Set<String> side = f.sourceSide();
                            assertThat(side).contains(s).doesNotContain(t);
                            assertThat(crossingWeight(g, side)).isCloseTo(f.value(), within(1e-6));
                            assertThat(f.cutEdges().stream().mapToDouble(Edge::weight).sum())
                                    .isCloseTo(f.value(), within(1e-6));
                            SimpleWeightedGraph<String, DefaultWeightedEdge> j = toJGraphT(g);
                            assertThat(new PushRelabelMFImpl<>(j).getMaximumFlowValue(s, t))
                                    .isCloseTo(f.value(), within(1e-6));
                            assertThat(new EdmondsKarpMFImpl<>(j).getMaximumFlowValue(s, t))
                                    .isCloseTo(f.value(), within(1e-6));
                        });
    }

    @Test
    void severalSourcesAndSinksAgreeWithJGraphTOnAGraphWithSuperTerminals() {
        qt().withExamples(150)
                .forAll(integers().between(4, 40), doubles().between(0.05, 0.5), longs().all())
                .checkAssert(
                        (n, p, seed) -> {
                            UndirectedGraph g = RandomGraphs.gnp(n, p, seed);
                            List<String> sources = List.of(g.vertex(0), g.vertex(1));
                            List<String> sinks = List.of(g.vertex(n - 1), g.vertex(n - 2));
                            Flow f = algorithm(g).getMaximumFlow(sources, sinks);
                            assertThat(crossingWeight(g, f.sourceSide()))
                                    .isCloseTo(f.value(), within(1e-6));
                            assertThat(f.sourceSide())
                                    .containsAll(sources)
                                    .doesNotContainAnyElementsOf(sinks);
                            SimpleWeightedGraph<String, DefaultWeightedEdge> j = toJGraphT(g);
                            j.addVertex("S");
                            j.addVertex("T");
                            for (String s : sources) {
                                j.setEdgeWeight(j.addEdge("S", s), 1e9);
                            }
                            for (String t : sinks) {
                                j.setEdgeWeight(j.addEdge(t, "T"), 1e9);
                            }
                            assertThat(new PushRelabelMFImpl<>(j).getMaximumFlowValue("S", "T"))
                                    .isCloseTo(f.value(), within(1e-6));
                        });
    }

    @Test
    void fractionalWeightsAgreeWithJGraphT() {
        qt().withExamples(100)
                .forAll(integers().between(2, 30), longs().all())
                .checkAssert(
                        (n, seed) -> {
                            java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
                            UndirectedGraph.Builder b = UndirectedGraph.builder();
                            for (int i = 0; i < n; i++) {
                                b.addVertex("v" + i);
                            }
                            for (int k = 0; k < 3 * n; k++) {
                                b.addEdge(r.nextInt(n), r.nextInt(n), r.nextDouble() * 1e6);
                            }
                            UndirectedGraph g = b.build();
                            Flow f = algorithm(g).getMaximumFlow("v0", "v" + (n - 1));
                            double expected =
                                    new PushRelabelMFImpl<>(toJGraphT(g))
                                            .getMaximumFlowValue("v0", "v" + (n - 1));
                            double tolerance = 1e-6 * Math.max(1, expected);
                            assertThat(f.value()).isCloseTo(expected, within(tolerance));
                            assertThat(crossingWeight(g, f.sourceSide()))
                                    .isCloseTo(f.value(), within(tolerance));
                        });
    }
}
