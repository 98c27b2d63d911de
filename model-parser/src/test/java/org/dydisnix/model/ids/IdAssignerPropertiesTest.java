package org.dydisnix.model.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.ModelException;
import org.dydisnix.model.ServicesModel;
import org.dydisnix.model.ids.IdResource.Scope;
import org.junit.jupiter.api.Test;

/** Random systems: IDs are unique per scope, inside their pools, stable, and complete. */
class IdAssignerPropertiesTest {
    private static final List<String> RESOURCES = List.of("ports", "uids");
    private static final List<String> TARGETS = List.of("t1", "t2", "t3");

    /** A random system and a random previous IDs model. */
    private record Case(
            ServicesModel services,
            Distribution distribution,
            IdResources resources,
            IdAssignments previous,
            Map<String, List<String>> requirements,
            Map<String, List<String>> placement) {}

    private static Case randomCase(long seed, int serviceCount) {
        Random random = new Random(seed);
        boolean distributed = random.nextBoolean();
        Map<String, List<String>> requirements = new TreeMap<>();
        Map<String, List<String>> placement = new TreeMap<>();
        for (int i = 0; i < serviceCount; i++) {
            String key = "s" + i;
            List<String> needs = new ArrayList<>();
            RESOURCES.forEach(
                    resource -> {
                        if (random.nextInt(3) > 0) {
                            needs.add(resource);
                        }
                    });
            requirements.put(key, needs);
            if (distributed && random.nextInt(5) > 0) {
                List<String> targets = new ArrayList<>();
                TARGETS.forEach(
                        target -> {
                            if (random.nextInt(3) == 0) {
                                targets.add(target);
                            }
                        });
                placement.put(key, targets);
            }
        }
        List<IdResource> pools = new ArrayList<>();
        for (String name : RESOURCES) {
            long min = random.nextInt(100) - 20;
            long step = 1 + random.nextInt(3);
            long max =
                    min
                            + step * random.nextInt(serviceCount + 3)
                            + random.nextInt(step == 1 ? 1 : (int) step);
            Scope scope = distributed && random.nextBoolean() ? Scope.MACHINE : Scope.GLOBAL;
            pools.add(IdModels.resource(name, min, max, step, scope));
        }
        SortedMap<String, SortedMap<String, Long>> ids = new TreeMap<>();
        for (String name : RESOURCES) {
            SortedMap<String, Long> table = new TreeMap<>();
            for (String service : requirements.keySet()) {
                if (random.nextInt(3) == 0) {
                    table.put(service, (long) random.nextInt(150) - 30);
                }
            }
            ids.put(name, table);
        }
        SortedMap<String, Long> last = new TreeMap<>();
        if (random.nextBoolean()) {
            last.put("ports", (long) random.nextInt(150) - 30);
        }
        return new Case(
                IdModels.services(requirements),
                distributed ? IdModels.distribution(placement) : null,
                IdModels.resources(pools.toArray(IdResource[]::new)),
                new IdAssignments(ids, last, new TreeMap<>()),
                requirements,
                placement);
    }

    @Test
    void idsAreUniquePerScopeInsideTheirPoolsAndStable() {
        qt().withExamples(400)
                .forAll(longs().all(), integers().between(0, 14))
                .checkAssert(
                        (seed, count) -> {
                            Case system = randomCase(seed, count);
                            IdAssignments result;
                            try {
                                result = assign(system, system.previous());
                            } catch (ModelException exhausted) {
                                assertThat(exhausted.getMessage()).contains("is exhausted");
                                assertDemandCanExceedCapacity(system);
                                return;
                            }
                            check(system, result);
                            assertThat(assign(system, result)).isEqualTo(result);
                        });
    }

    private static IdAssignments assign(Case system, IdAssignments previous) {
        return IdAssigner.assign(
                system.services(),
                system.distribution(),
                system.resources(),
                previous,
                "requiresUniqueIdsFor");
    }

    private static List<String> eligible(Case system, String resource) {
        List<String> result = new ArrayList<>();
        system.requirements()
                .forEach(
                        (service, needs) -> {
                            boolean deployed =
                                    system.distribution() == null
                                            || !system.placement()
                                                    .getOrDefault(service, List.of())
                                                    .isEmpty();
                            if (needs.contains(resource) && deployed) {
                                result.add(service);
                            }
                        });
        return result;
    }

    private static void check(Case system, IdAssignments result) {
        for (IdResource resource : system.resources().resources().values()) {
            Map<String, Long> table = result.ids().get(resource.name());
            assertThat(table.keySet())
                    .containsExactlyInAnyOrderElementsOf(eligible(system, resource.name()));
            table.values().forEach(id -> assertThat(resource.contains(id)).isTrue());
            if (resource.scope() == Scope.GLOBAL) {
                assertThat(new HashSet<>(table.values())).hasSameSizeAs(table.values());
            } else {
                for (String target : TARGETS) {
                    Set<Long> seen = new HashSet<>();
                    table.forEach(
                            (service, id) -> {
                                if (system.placement().get(service).contains(target)) {
                                    assertThat(seen.add(id))
                                            .as(
                                                    "%s: ID %d twice on %s",
                                                    resource.name(), id, target)
                                            .isTrue();
                                }
                            });
                }
            }
        }
    }

    /** Greedy assignment fails only when some service has at least a pool's worth of rivals. */
    private static void assertDemandCanExceedCapacity(Case system) {
        boolean possible = false;
        for (IdResource resource : system.resources().resources().values()) {
            List<String> services = eligible(system, resource.name());
            if (resource.scope() == Scope.GLOBAL) {
                possible |= services.size() > resource.capacity();
            } else {
                Map<String, Integer> rivals = new HashMap<>();
                for (String a : services) {
                    for (String b : services) {
                        if (!a.equals(b)
                                && system.placement().get(a).stream()
                                        .anyMatch(system.placement().get(b)::contains)) {
                            rivals.merge(a, 1, Integer::sum);
                        }
                    }
                }
                possible |=
                        rivals.values().stream().anyMatch(count -> count >= resource.capacity())
                                || (!services.isEmpty() && resource.capacity() < 1);
            }
        }
        assertThat(possible).as("exhausted although every pool is large enough").isTrue();
    }
}
