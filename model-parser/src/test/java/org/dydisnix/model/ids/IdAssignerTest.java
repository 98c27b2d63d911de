package org.dydisnix.model.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dydisnix.model.ids.IdModels.distribution;
import static org.dydisnix.model.ids.IdModels.resource;
import static org.dydisnix.model.ids.IdModels.resources;
import static org.dydisnix.model.ids.IdModels.services;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dydisnix.model.ModelException;
import org.dydisnix.model.ids.IdResource.Scope;
import org.junit.jupiter.api.Test;

/** Where the assignment differs from the original's, and the edges of a pool. */
class IdAssignerTest {
    private static final List<String> PORTS = List.of("ports");

    @Test
    void aServiceOnTwoMachinesGetsAnIdFreeOnBoth() {
        // The original takes the first machine's next ID for b, the one a already has on t2.
        IdAssignments previous =
                new IdAssignments(
                        new TreeMap<>(Map.of("ports", new TreeMap<>(Map.of("a", 3000L)))),
                        new TreeMap<>(),
                        new TreeMap<>());
        IdAssignments result =
                IdAssigner.assign(
                        services(Map.of("a", PORTS, "b", PORTS)),
                        distribution(Map.of("a", List.of("t2"), "b", List.of("t1", "t2"))),
                        resources(resource("ports", 3000, 3010, 1, Scope.MACHINE)),
                        previous,
                        "requiresUniqueIdsFor");
        assertThat(result.ids().get("ports")).containsEntry("a", 3000L).containsEntry("b", 3001L);
    }

    @Test
    void aServiceOnTwoMachinesKeepsItsIdInGlobalScope() {
        // The original drops the ID of a service with more than one target on every run.
        IdAssignments first =
                IdAssigner.assign(
                        services(Map.of("a", PORTS, "b", PORTS)),
                        distribution(Map.of("a", List.of("t1", "t2"), "b", List.of("t1"))),
                        resources(resource("ports", 3000, 3010, 1, Scope.GLOBAL)),
                        IdAssignments.empty(),
                        "requiresUniqueIdsFor");
        IdAssignments second =
                IdAssigner.assign(
                        services(Map.of("a", PORTS, "b", PORTS)),
                        distribution(Map.of("a", List.of("t1", "t2"), "b", List.of("t1"))),
                        resources(resource("ports", 3000, 3010, 1, Scope.GLOBAL)),
                        first,
                        "requiresUniqueIdsFor");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void collidingIdsOfAnEditedIdsModelAreReassigned() {
        IdAssignments edited =
                new IdAssignments(
                        new TreeMap<>(
                                Map.of("ports", new TreeMap<>(Map.of("a", 3000L, "b", 3000L)))),
                        new TreeMap<>(Map.of("ports", 3000L)),
                        new TreeMap<>());
        IdAssignments result =
                IdAssigner.assign(
                        services(Map.of("a", PORTS, "b", PORTS)),
                        null,
                        resources(resource("ports", 3000, 3010, 1, Scope.GLOBAL)),
                        edited,
                        "requiresUniqueIdsFor");
        assertThat(result.ids().get("ports")).containsEntry("a", 3000L).containsEntry("b", 3001L);
    }

    @Test
    void stepsAreHonouredAndIdsOffTheStepAreReassigned() {
        IdAssignments previous =
                new IdAssignments(
                        new TreeMap<>(Map.of("uids", new TreeMap<>(Map.of("a", 1005L)))),
                        new TreeMap<>(),
                        new TreeMap<>());
        IdAssignments result =
                IdAssigner.assign(
                        services(Map.of("a", List.of("uids"), "b", List.of("uids"))),
                        null,
                        resources(resource("uids", 1000, 1100, 10, Scope.GLOBAL)),
                        previous,
                        "requiresUniqueIdsFor");
        assertThat(result.ids().get("uids")).containsEntry("a", 1000L).containsEntry("b", 1010L);
    }

    @Test
    void aLastAssignmentBelowTheMovedPoolStartsAtItsMinimum() {
        // The original continues at last + 1, an ID outside the new pool.
        IdAssignments previous =
                new IdAssignments(
                        new TreeMap<>(), new TreeMap<>(Map.of("ports", 100L)), new TreeMap<>());
        IdAssignments result =
                IdAssigner.assign(
                        services(Map.of("a", PORTS)),
                        null,
                        resources(resource("ports", 3000, 3010, 1, Scope.GLOBAL)),
                        previous,
                        "requiresUniqueIdsFor");
        assertThat(result.ids().get("ports")).containsEntry("a", 3000L);
    }

    @Test
    void freedIdsAreReusedOnlyAfterThePoolWraps() {
        IdAssignments previous =
                new IdAssignments(
                        new TreeMap<>(Map.of("ports", new TreeMap<>(Map.of("b", 3001L)))),
                        new TreeMap<>(Map.of("ports", 3002L)),
                        new TreeMap<>());
        IdAssignments result =
                IdAssigner.assign(
                        services(Map.of("a", PORTS, "b", PORTS, "c", PORTS)),
                        null,
                        resources(resource("ports", 3000, 3003, 1, Scope.GLOBAL)),
                        previous,
                        "requiresUniqueIdsFor");
        assertThat(result.ids().get("ports"))
                .containsEntry("a", 3003L)
                .containsEntry("b", 3001L)
                .containsEntry("c", 3000L);
        assertThat(result.lastAssignments()).containsEntry("ports", 3000L);
    }

    @Test
    void aPoolWithStepsIsExhaustedByItsCapacityNotItsWidth() {
        // The original compares with max - min + 1 and searches forever once all steps are taken.
        assertThatThrownBy(
                        () ->
                                IdAssigner.assign(
                                        services(Map.of("a", PORTS, "b", PORTS, "c", PORTS)),
                                        null,
                                        resources(resource("ports", 0, 10, 10, Scope.GLOBAL)),
                                        IdAssignments.empty(),
                                        "requiresUniqueIdsFor"))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("all 2 IDs from 0 to 10 are taken");
    }
}
