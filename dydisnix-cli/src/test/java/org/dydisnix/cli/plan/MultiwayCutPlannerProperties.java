package org.dydisnix.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.dydisnix.graph.interfaces.MultiwayCut.Cut;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.Infrastructure;
import org.dydisnix.model.ServicesModel;
import org.junit.jupiter.api.Test;

class MultiwayCutPlannerProperties {

    @Test
    void everyServiceEndsUpOnExactlyOneOfItsOwnCandidates() {
        qt().withExamples(200)
                .forAll(longs().all(), integers().between(1, 40), integers().between(1, 6))
                .checkAssert(
                        MultiwayCutPlannerProperties
                                ::everyServiceEndsUpOnExactlyOneOfItsOwnCandidates);
    }

    private static void everyServiceEndsUpOnExactlyOneOfItsOwnCandidates(
            long seed, int count, int targets) {
        Random random = new Random(seed);
        ServicesModel services = RandomModels.services(random, count, 0.12);
        Distribution candidates =
                RandomModels.candidates(random, services, RandomModels.infrastructure(targets), 3);
        MultiwayCutPlanner planner = new MultiwayCutPlanner(services, candidates);
        Cut cut = planner.cut(false);
        Distribution result = planner.distribution(cut);
        result.mappings()
                .forEach(
                        (service, mappings) -> {
                            assertThat(mappings).hasSize(1);
                            assertThat(candidates.mappings().get(service))
                                    .contains(mappings.get(0));
                        });
        assertThat(RandomModels.interMachineLinks(services, result))
                .isEqualTo(planner.interMachineLinks(cut));
    }

    @Test
    void anEmptyDistributionModelGivesAnEmptyCutOnBothPaths() {
        ServicesModel services = RandomModels.services(new Random(1), 0, 0.5);
        Distribution candidates =
                RandomModels.candidates(new Random(1), services, RandomModels.infrastructure(2), 2);
        MultiwayCutPlanner planner = new MultiwayCutPlanner(services, candidates);
        for (boolean exact : new boolean[] {false, true}) {
            Cut cut = planner.cut(exact);
            assertThat(cut.terminals()).isEmpty();
            assertThat(cut.assignment()).isEmpty();
            assertThat(cut.weight()).isZero();
            assertThat(planner.distribution(cut).mappings()).isEmpty();
            assertThat(planner.interMachineLinks(cut)).isZero();
        }
    }

    @Test
    void overASeededSuiteItCreatesNoMoreInterMachineLinksThanTheOriginalHeuristic() {
        Random random = new Random(20201031);
        long ours = 0;
        long original = 0;
        for (int round = 0; round < 300; round++) {
            int count = 2 + random.nextInt(40);
            ServicesModel services =
                    RandomModels.services(random, count, 0.05 + random.nextDouble() * 0.2);
            Infrastructure infrastructure = RandomModels.infrastructure(2 + random.nextInt(5));
            Distribution candidates = RandomModels.candidates(random, services, infrastructure, 4);
            MultiwayCutPlanner planner = new MultiwayCutPlanner(services, candidates);
            ours += planner.interMachineLinks(planner.cut(false));
            original +=
                    RandomModels.interMachineLinks(
                            services,
                            OriginalMultiwayCutHeuristic.distribute(services, candidates));
        }
        assertThat(ours).isLessThanOrEqualTo(original);
        System.out.printf(
                "inter-machine links over 300 seeded systems: ours %d, original heuristic %d%n",
                ours, original);
    }

    @Test
    void theApproximationIsWithinTwiceTheExactCutOnSmallSystems() {
        qt().withExamples(60)
                .forAll(longs().all(), integers().between(1, 10), integers().between(2, 4))
                .checkAssert(
                        MultiwayCutPlannerProperties
                                ::theApproximationIsWithinTwiceTheExactCutOnSmallSystems);
    }

    private static void theApproximationIsWithinTwiceTheExactCutOnSmallSystems(
            long seed, int count, int targets) {
        Random random = new Random(seed);
        ServicesModel services = RandomModels.services(random, count, 0.3);
        Distribution candidates =
                RandomModels.candidates(
                        random, services, RandomModels.infrastructure(targets), targets);
        MultiwayCutPlanner planner = new MultiwayCutPlanner(services, candidates);
        Cut approximate = planner.cut(false);
        Cut exact = planner.cut(true);
        int k = planner.terminals().size();
        assertThat(exact.isProvenOptimal()).isTrue();
        assertThat(approximate.weight())
                .isLessThanOrEqualTo((2.0 - 2.0 / k) * exact.weight() + 1e-9);
    }
}
