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
import org.dydisnix.graph.interfaces.MultiwayCut;
import org.dydisnix.graph.interfaces.MultiwayCut.Cut;
import org.junit.jupiter.api.Test;

/**
 * The contract of every multiway cut algorithm; each implementation's test only supplies its
 * factory.
 */
abstract class BaseMultiwayCutTest {
    /** The algorithm under test; vertices absent from {@code allowed} may go to any terminal. */
    abstract MultiwayCut algorithm(
            UndirectedGraph graph, List<String> terminals, Map<String, List<String>> allowed);

    private Cut cut(UndirectedGraph g, List<String> terminals, Map<String, List<String>> allowed) {
        Cut cut = algorithm(g, terminals, allowed).getCut();
        assertConsistent(g, cut);
        return cut;
    }

    static List<String> firstVertices(UndirectedGraph g, int k) {
        return new ArrayList<>(g.vertices().subList(0, k));
    }

    static void assertConsistent(UndirectedGraph g, Cut cut) {
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

    /** The optimum by trying every assignment (small graphs only). */
    static double bruteForce(
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

    static Map<String, List<String>> randomAllowed(
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
        Cut cut = cut(g, hosts, Map.of());
        assertThat(cut.partitions().get("host:testtarget1"))
                .containsExactly(
                        "app:testService2",
                        "app:testService1",
                        "app:testService3",
                        "host:testtarget1");
        assertThat(cut.weight()).isEqualTo(54.0);
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
        Cut cut = cut(g, List.of("s", "t"), Map.of());
        assertThat(cut.weight()).isEqualTo(1.0);
        assertThat(cut.assignment())
                .containsEntry("a", "s")
                .containsEntry("b", "t")
                .containsEntry("lonely", "s");
        assertThat(cut.cutEdges()).containsExactly(new Edge("a", "b", 1));
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
        Cut cut = cut(g, List.of("h1", "h2"), allowed);
        assertThat(cut.terminalOf("x")).isEqualTo("h2");
        assertThat(cut.terminalOf("y")).isEqualTo("h2");
        assertThat(cut.weight()).isEqualTo(10.0);
    }

    @Test
    void singleTerminalTakesEverything() {
        UndirectedGraph g = UndirectedGraph.builder().addEdge("a", "b").addVertex("c").build();
        Cut cut = cut(g, List.of("b"), Map.of());
        assertThat(cut.weight()).isZero();
        assertThat(cut.partitions()).containsEntry("b", List.of("a", "b", "c"));
    }

    @Test
    void invalidInstancesAreRejected() {
        UndirectedGraph g = UndirectedGraph.builder().addEdge("a", "b").addEdge("b", "c").build();
        List<String> ac = List.of("a", "c");
        assertThatThrownBy(() -> algorithm(g, List.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> algorithm(g, List.of("a", "a"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> algorithm(g, List.of("a", "z"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> algorithm(g, ac, Map.of("b", List.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> algorithm(g, ac, Map.of("b", List.of("b"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> algorithm(g, ac, Map.of("a", List.of("c"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyCutIsConsistentAllowedNeverBelowTheOptimumAndHonestAboutOptimality() {
        qt().withExamples(200)
                .forAll(
                        integers().between(2, 8),
                        integers().between(2, 3),
                        doubles().between(0.1, 0.9),
                        longs().all())
                .checkAssert(
                        (n, k, p, seed) -> {
                            UndirectedGraph g = RandomGraphs.gnp(n, p, seed);
                            List<String> t = firstVertices(g, Math.min(k, n));
                            Map<String, List<String>> allowed = randomAllowed(g, t, seed);
                            Cut cut = cut(g, t, allowed);
                            allowed.forEach(
                                    (v, set) -> assertThat(set).contains(cut.terminalOf(v)));
                            double optimum = bruteForce(g, t, allowed);
                            assertThat(cut.weight()).isGreaterThanOrEqualTo(optimum - 1e-9);
                            if (cut.isProvenOptimal()) {
                                assertThat(cut.weight()).isCloseTo(optimum, within(1e-9));
                            }
                            assertThat(algorithm(g, t, allowed).getCut().assignment())
                                    .isEqualTo(cut.assignment());
                        });
    }
}
