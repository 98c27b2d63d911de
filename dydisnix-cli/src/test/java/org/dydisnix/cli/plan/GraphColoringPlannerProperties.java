package org.dydisnix.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.dydisnix.graph.interfaces.VertexColoring.Coloring;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.Service;
import org.dydisnix.model.ServicesModel;
import org.junit.jupiter.api.Test;

class GraphColoringPlannerProperties {

    @Test
    void everyServiceGetsOneTargetAndNoDependencyStaysOnOneMachine() {
        qt().withExamples(200)
                .forAll(longs().all(), integers().between(0, 40))
                .checkAssert(
                        GraphColoringPlannerProperties
                                ::everyServiceGetsOneTargetAndNoDependencyStaysOnOneMachine);
    }

    private static void everyServiceGetsOneTargetAndNoDependencyStaysOnOneMachine(
            long seed, int count) {
        ServicesModel services = RandomModels.services(new Random(seed), count, 0.15);
        GraphColoringPlanner planner =
                new GraphColoringPlanner(services, RandomModels.infrastructure(count + 1));
        Distribution distribution = planner.distribution(planner.color());
        assertThat(distribution.mappings().keySet()).isEqualTo(services.services().keySet());
        for (Service service : services.services().values()) {
            assertThat(distribution.mappings().get(service.key())).hasSize(1);
        }
        assertThat(RandomModels.interMachineLinks(services, distribution))
                .isEqualTo(
                        services.services().values().stream()
                                .mapToInt(s -> s.dependencies().size())
                                .sum());
    }

    @Test
    void tooFewTargetsIsAPlanningFailureThatSaysHowManyAreNeeded() {
        qt().withExamples(100)
                .forAll(longs().all(), integers().between(3, 30))
                .checkAssert(
                        GraphColoringPlannerProperties
                                ::tooFewTargetsIsAPlanningFailureThatSaysHowManyAreNeeded);
    }

    @Test
    void theExactPathKeepsTheSameTargetLimitAndNeverUsesMoreTargets() {
        qt().withExamples(60)
                .forAll(longs().all(), integers().between(3, 14))
                .checkAssert(
                        GraphColoringPlannerProperties
                                ::theExactPathKeepsTheSameTargetLimitAndNeverUsesMoreTargets);
    }

    private static void theExactPathKeepsTheSameTargetLimitAndNeverUsesMoreTargets(
            long seed, int count) {
        ServicesModel services = RandomModels.services(new Random(seed), count, 0.5);
        GraphColoringPlanner unlimited =
                new GraphColoringPlanner(services, RandomModels.infrastructure(count));
        Coloring exact = unlimited.colorExactly();
        assertThat(exact.numberOfColors()).isLessThanOrEqualTo(unlimited.color().numberOfColors());
        int needed = exact.numberOfColors();
        GraphColoringPlanner justEnough =
                new GraphColoringPlanner(services, RandomModels.infrastructure(needed));
        assertThat(justEnough.colorExactly()).isEqualTo(exact);
        if (needed < 2) {
            return;
        }
        GraphColoringPlanner tooSmall =
                new GraphColoringPlanner(services, RandomModels.infrastructure(needed - 1));
        assertThatThrownBy(tooSmall::colorExactly)
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("need " + needed + " targets")
                .hasMessageEndingWith("has " + (needed - 1));
    }

    private static void tooFewTargetsIsAPlanningFailureThatSaysHowManyAreNeeded(
            long seed, int count) {
        ServicesModel services = RandomModels.services(new Random(seed), count, 0.5);
        Coloring unlimited =
                new GraphColoringPlanner(services, RandomModels.infrastructure(count)).color();
        int needed = unlimited.numberOfColors();
        if (needed < 2) {
            return;
        }
        GraphColoringPlanner tooSmall =
                new GraphColoringPlanner(services, RandomModels.infrastructure(needed - 1));
        assertThatThrownBy(tooSmall::color)
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("need " + needed + " targets")
                .hasMessageEndingWith("has " + (needed - 1));
    }
}
