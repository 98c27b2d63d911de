package org.dydisnix.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.dydisnix.graph.interfaces.VertexColoring.Coloring;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.Service;
import org.dydisnix.model.ServicesModel;

class GraphColoringPlannerProperties {

    @Property(tries = 200)
    void everyServiceGetsOneTargetAndNoDependencyStaysOnOneMachine(
            @ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int count) {
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

    @Property(tries = 100)
    void tooFewTargetsIsAPlanningFailureThatSaysHowManyAreNeeded(
            @ForAll long seed, @ForAll @IntRange(min = 3, max = 30) int count) {
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
