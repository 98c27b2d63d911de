package org.dydisnix.graph.assign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The assignment algorithms on the original dydisnix tests' numbers, and their contracts on random
 * instances.
 */
class AssignmentTest {
    private static final List<String> BOTH = List.of("testtarget1", "testtarget2");
    private static final Map<String, Double> MEMORY =
            Map.of("testtarget1", 524288.0, "testtarget2", 655360.0);
    private static final Map<String, Double> NEEDS =
            Map.of("testService1", 262144.0, "testService2", 262143.0, "testService3", 262145.0);

    private static Map<String, List<String>> everyServiceOnBoth() {
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        for (String service : List.of("testService1", "testService2", "testService3")) {
            candidates.put(service, BOTH);
        }
        return candidates;
    }

    private static Map<String, String> expected(String t1, String t2, String t3) {
        Map<String, String> result = new LinkedHashMap<>();
        result.put("testService1", t1);
        result.put("testService2", t2);
        result.put("testService3", t3);
        return result;
    }

    @Test
    void strategiesPlaceAsTheOriginalTestsExpect() {
        assertThat(divide(CapacityDivision.Strategy.GREEDY))
                .isEqualTo(expected("testtarget1", "testtarget1", "testtarget2"));
        assertThat(divide(CapacityDivision.Strategy.HIGHEST_BIDDER))
                .isEqualTo(expected("testtarget2", "testtarget1", "testtarget2"));
        assertThat(divide(CapacityDivision.Strategy.LOWEST_BIDDER))
                .isEqualTo(expected("testtarget1", "testtarget1", "testtarget2"));
    }

    private static Map<String, String> divide(CapacityDivision.Strategy strategy) {
        return CapacityDivision.divide(strategy, everyServiceOnBoth(), NEEDS, MEMORY).targetOf();
    }

    @Test
    void underCapacityNamesTheServiceAndWhatIsLeft() {
        assertThatThrownBy(
                        () ->
                                CapacityDivision.divide(
                                        CapacityDivision.Strategy.GREEDY,
                                        everyServiceOnBoth(),
                                        NEEDS,
                                        Map.of("testtarget1", 1.0, "testtarget2", 1.0)))
                .isInstanceOf(AssignmentException.class)
                .hasMessage(
                        "service 'testService1': needs 262144 but no candidate has enough capacity"
                                + " left (testtarget1 1 left, testtarget2 1 left)");
    }

    @Test
    void setCoverTakesTheCheaperTargetForAll() {
        Map<String, Double> cost = Map.of("testtarget1", 100.0, "testtarget2", 200.0);
        assertThat(GreedySetCover.cover(everyServiceOnBoth(), cost).targetOf())
                .isEqualTo(expected("testtarget1", "testtarget1", "testtarget1"));
        Map<String, List<String>> access = everyServiceOnBoth();
        access.put("testService3", List.of("testtarget2"));
        assertThat(GreedySetCover.cover(access, cost).targetOf())
                .isEqualTo(expected("testtarget1", "testtarget1", "testtarget2"));
    }

    @Test
    void roundRobinTakesTurns() {
        assertThat(RoundRobin.assign(everyServiceOnBoth()))
                .isEqualTo(expected("testtarget1", "testtarget2", "testtarget1"));
        assertThat(RoundRobin.successor(BOTH, "testtarget2", List.of("x"))).isEqualTo("x");
    }

    @Test
    void aServiceWithoutCandidatesIsNamed() {
        Map<String, List<String>> candidates = everyServiceOnBoth();
        candidates.put("testService2", List.of());
        assertThatThrownBy(() -> RoundRobin.assign(candidates))
                .hasMessage("service 'testService2': it has no candidate targets");
        assertThatThrownBy(
                        () ->
                                GreedySetCover.cover(
                                        candidates, Map.of("testtarget1", 1.0, "testtarget2", 1.0)))
                .hasMessage("service 'testService2': it has no candidate targets");
    }

    /** A random instance: up to 8 services over up to 5 targets, every service with a candidate. */
    private record Instance(
            Map<String, List<String>> candidates,
            Map<String, Double> amount,
            Map<String, Double> capacity) {
        static Instance of(long seed) {
            Random random = new Random(seed);
            int targets = 1 + random.nextInt(5);
            Map<String, Double> capacity = new TreeMap<>();
            for (int t = 0; t < targets; t++) {
                capacity.put("t" + t, (double) random.nextInt(20));
            }
            Map<String, List<String>> candidates = new LinkedHashMap<>();
            Map<String, Double> amount = new TreeMap<>();
            int services = random.nextInt(9);
            for (int s = 0; s < services; s++) {
                List<String> list = new ArrayList<>();
                for (int t = 0; t < targets; t++) {
                    if (random.nextInt(3) > 0) {
                        list.add("t" + t);
                    }
                }
                if (list.isEmpty()) {
                    list.add("t" + random.nextInt(targets));
                }
                candidates.put("s" + s, list);
                amount.put("s" + s, (double) random.nextInt(8));
            }
            return new Instance(candidates, amount, capacity);
        }
    }

    @Test
    void divisionKeepsCandidatesAndCapacity() {
        qt().forAll(longs().all())
                .checkAssert(
                        seed -> {
                            Instance instance = Instance.of(seed);
                            for (CapacityDivision.Strategy strategy :
                                    CapacityDivision.Strategy.values()) {
                                CapacityDivision.Division division;
                                try {
                                    division =
                                            CapacityDivision.divide(
                                                    strategy,
                                                    instance.candidates(),
                                                    instance.amount(),
                                                    instance.capacity());
                                } catch (AssignmentException e) {
                                    assertThat(instance.candidates()).containsKey(e.service());
                                    continue;
                                }
                                Map<String, Double> used = new TreeMap<>();
                                division.targetOf()
                                        .forEach(
                                                (service, target) -> {
                                                    assertThat(instance.candidates().get(service))
                                                            .contains(target);
                                                    used.merge(
                                                            target,
                                                            instance.amount().get(service),
                                                            Double::sum);
                                                });
                                assertThat(division.targetOf().keySet())
                                        .containsExactlyElementsOf(instance.candidates().keySet());
                                used.forEach(
                                        (target, amount) ->
                                                assertThat(amount)
                                                        .isLessThanOrEqualTo(
                                                                instance.capacity().get(target)));
                            }
                        });
    }

    @Test
    void setCoverIsWithinTheHarmonicBoundOfTheOptimum() {
        qt().forAll(longs().all())
                .checkAssert(
                        seed -> {
                            Instance instance = Instance.of(seed);
                            Map<String, Double> cost = new TreeMap<>();
                            instance.capacity().forEach((t, c) -> cost.put(t, 1 + c));
                            GreedySetCover.Cover cover =
                                    GreedySetCover.cover(instance.candidates(), cost);
                            cover.targetOf()
                                    .forEach(
                                            (service, target) ->
                                                    assertThat(instance.candidates().get(service))
                                                            .contains(target));
                            double greedy = cover.chosen().stream().mapToDouble(cost::get).sum();
                            double harmonic = 0;
                            for (int k = 1; k <= instance.candidates().size(); k++) {
                                harmonic += 1.0 / k;
                            }
                            assertThat(greedy)
                                    .isLessThanOrEqualTo(
                                            Math.max(1, harmonic) * optimum(instance, cost) + 1e-9);
                        });
    }

    private static double optimum(Instance instance, Map<String, Double> cost) {
        List<String> targets = new ArrayList<>(cost.keySet());
        double best = Double.MAX_VALUE;
        for (int mask = 0; mask < 1 << targets.size(); mask++) {
            double total = 0;
            List<String> taken = new ArrayList<>();
            for (int t = 0; t < targets.size(); t++) {
                if ((mask & 1 << t) != 0) {
                    taken.add(targets.get(t));
                    total += cost.get(targets.get(t));
                }
            }
            boolean covers =
                    instance.candidates().values().stream()
                            .allMatch(list -> list.stream().anyMatch(taken::contains));
            if (covers) {
                best = Math.min(best, total);
            }
        }
        return instance.candidates().isEmpty() ? 0 : best;
    }

    @Test
    void roundRobinStaysWithinCandidates() {
        qt().forAll(longs().all())
                .checkAssert(
                        seed -> {
                            Instance instance = Instance.of(seed);
                            RoundRobin.assign(instance.candidates())
                                    .forEach(
                                            (service, target) ->
                                                    assertThat(instance.candidates().get(service))
                                                            .contains(target));
                        });
    }
}
