package org.dydisnix.graph.cut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.dydisnix.graph.Edge;
import org.dydisnix.graph.RandomGraphs;
import org.dydisnix.graph.UndirectedGraph;
import org.dydisnix.graph.interfaces.MultiwayCut.Cut;
import org.junit.jupiter.api.Test;

class MultiwayCutTest {
    private static List<String> firstVertices(UndirectedGraph g, int k) {
        return new ArrayList<>(g.vertices().subList(0, k));
    }

    private static void assertConsistent(UndirectedGraph g, Cut cut) {
        double w = 0;
        for (Edge e : g.edges()) {
            if (!cut.terminalOf(e.source()).equals(cut.terminalOf(e.target()))) {
                w += e.weight();
            }
        }
        assertThat(cut.weight()).isCloseTo(w, within(1e-9));
        assertThat(cut.cutEdges().stream().mapToDouble(Edge::weight).sum())
                .isCloseTo(w, within(1e-9));
        for (String t : cut.terminals()) {
            assertThat(cut.terminalOf(t)).isEqualTo(t);
        }
        assertThat(cut.assignment()).hasSize(g.vertexCount());
    }

    private static double bruteForce(
            UndirectedGraph g, List<String> terminals, Map<String, List<String>> allowed) {
        int n = g.vertexCount();
        int k = terminals.size();
        int[] assign = new int[n];
        double best = Double.POSITIVE_INFINITY;
        long total = 1;
        for (int i = 0; i < n; i++) {
            total *= k;
        }
        for (long code = 0; code < total; code++) {
            long c = code;
            boolean ok = true;
            for (int v = 0; v < n; v++) {
                assign[v] = (int) (c % k);
                c /= k;
                int ti = terminals.indexOf(g.vertex(v));
                List<String> a = allowed.get(g.vertex(v));
                if ((ti >= 0 && ti != assign[v])
                        || (a != null && !a.contains(terminals.get(assign[v])))) {
                    ok = false;
                    break;
                }
            }
            if (!ok) {
                continue;
            }
            double w = 0;
            for (int e = 0; e < g.edgeCount(); e++) {
                if (assign[g.edgeSource(e)] != assign[g.edgeTarget(e)]) {
                    w += g.edgeWeight(e);
                }
            }
            best = Math.min(best, w);
        }
        return best;
    }

    private static Map<String, List<String>> randomAllowed(
            UndirectedGraph g, List<String> terminals, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Map<String, List<String>> allowed = new LinkedHashMap<>();
        for (String v : g.vertices()) {
            if (terminals.contains(v) || r.nextInt(3) == 0) {
                continue;
            }
            List<String> set = new ArrayList<>();
            for (String t : terminals) {
                if (r.nextBoolean()) {
                    set.add(t);
                }
            }
            if (set.isEmpty()) {
                set.add(terminals.get(r.nextInt(terminals.size())));
            }
            allowed.put(v, set);
        }
        return allowed;
    }

    @Test
    void allServicesStayOnTheFirstHostWhenEveryHostIsACandidate() {
        UndirectedGraph.Builder b =
                UndirectedGraph.builder()
                        .addEdge("app:testService2", "app:testService1")
                        .addEdge("app:testService3", "app:testService1")
                        .addEdge("app:testService3", "app:testService2");
        List<String> hosts = List.of("host:testtarget1", "host:testtarget2", "host:testtarget3");
        for (int s = 1; s <= 3; s++) {
            for (String h : hosts) {
                b.addEdge("app:testService" + s, h, 9);
            }
        }
        UndirectedGraph g = b.build();
        for (Cut cut :
                List.of(
                        new IsolatingCutMultiwayCut(g, hosts).getCut(),
                        new ExactMultiwayCut(g, hosts).getCut())) {
            assertConsistent(g, cut);
            assertThat(cut.partitions().get("host:testtarget1"))
                    .containsExactly(
                            "app:testService2",
                            "app:testService1",
                            "app:testService3",
                            "host:testtarget1");
            assertThat(cut.weight()).isEqualTo(54.0);
        }
    }

    @Test
    void pathIsCutAtItsLightestEdge() {
        UndirectedGraph g =
                UndirectedGraph.builder()
                        .addEdge("s", "a", 5)
                        .addEdge("a", "b", 1)
                        .addEdge("b", "t", 4)
                        .addVertex("lonely")
                        .build();
        Cut cut = new IsolatingCutMultiwayCut(g, List.of("s", "t")).getCut();
        assertThat(cut.weight()).isEqualTo(1.0);
        assertThat(cut.assignment())
                .containsEntry("a", "s")
                .containsEntry("b", "t")
                .containsEntry("lonely", "s");
        assertThat(cut.cutEdges()).containsExactly(new Edge("a", "b", 1));
        assertThat(new ExactMultiwayCut(g, List.of("s", "t")).getCut().isProvenOptimal()).isTrue();
    }

    @Test
    void allowedTerminalsOverrideTheCheapestCut() {
        UndirectedGraph g =
                UndirectedGraph.builder()
                        .addEdge("h1", "x", 10)
                        .addEdge("x", "y", 10)
                        .addEdge("y", "h2", 1)
                        .build();
        Map<String, List<String>> allowed = Map.of("y", List.of("h2"), "x", List.of("h2"));
        Cut approx = new IsolatingCutMultiwayCut(g, List.of("h1", "h2"), allowed).getCut();
        Cut exact = new ExactMultiwayCut(g, List.of("h1", "h2"), allowed, 10).getCut();
        for (Cut cut : List.of(approx, exact)) {
            assertThat(cut.terminalOf("x")).isEqualTo("h2");
            assertThat(cut.terminalOf("y")).isEqualTo("h2");
            assertThat(cut.weight()).isEqualTo(10.0);
        }
    }

    @Test
    void invalidInstancesAreRejected() {
        UndirectedGraph g = UndirectedGraph.builder().addEdge("a", "b").addEdge("b", "c").build();
        assertThatThrownBy(() -> new IsolatingCutMultiwayCut(g, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IsolatingCutMultiwayCut(g, List.of("a", "a")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IsolatingCutMultiwayCut(g, List.of("a", "z")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                new IsolatingCutMultiwayCut(
                                        g, List.of("a", "c"), Map.of("b", List.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                new IsolatingCutMultiwayCut(
                                        g, List.of("a", "c"), Map.of("b", List.of("b"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                new IsolatingCutMultiwayCut(
                                        g, List.of("a", "c"), Map.of("a", List.of("c"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                new ExactMultiwayCut(
                                        RandomGraphs.gnp(40, 0.1, 1), List.of("v0", "v1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void singleTerminalTakesEverything() {
        UndirectedGraph g = UndirectedGraph.builder().addEdge("a", "b").addVertex("c").build();
        Cut cut = new IsolatingCutMultiwayCut(g, List.of("b")).getCut();
        assertThat(cut.weight()).isZero();
        assertThat(cut.partitions()).containsEntry("b", List.of("a", "b", "c"));
    }

    @Test
    void isolatingCutIsWithinTwoMinusTwoOverKOfTheOptimum() {
        qt().withExamples(300)
                .forAll(
                        integers().between(2, 14),
                        integers().between(2, 5),
                        doubles().between(0.1, 0.8),
                        longs().all())
                .checkAssert(MultiwayCutTest::isolatingCutIsWithinTwoMinusTwoOverKOfTheOptimum);
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
    void exactMatchesBruteForceAndRespectsAllowedTerminals() {
        qt().withExamples(200)
                .forAll(
                        integers().between(2, 8),
                        integers().between(2, 3),
                        doubles().between(0.1, 0.9),
                        longs().all())
                .checkAssert(MultiwayCutTest::exactMatchesBruteForceAndRespectsAllowedTerminals);
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

    @Test
    void isolatingCutAssignsEveryVertexToAnAllowedTerminal() {
        qt().withExamples(200)
                .forAll(
                        integers().between(2, 60),
                        integers().between(2, 6),
                        doubles().between(0.02, 0.5),
                        longs().all())
                .checkAssert(MultiwayCutTest::isolatingCutAssignsEveryVertexToAnAllowedTerminal);
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
