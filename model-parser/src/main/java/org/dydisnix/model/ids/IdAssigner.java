package org.dydisnix.model.ids;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.ModelException;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.Service;
import org.dydisnix.model.ServicesModel;

/**
 * Assigns each service the IDs it asks for (its {@code requiresUniqueIdsFor} list names the
 * resources), unique per resource scope.
 *
 * <p>Valid IDs of the previous IDs model are kept, so a service keeps its ID between runs; an ID is
 * dropped when its service is gone, no longer asks for the resource, is no longer deployed, or the
 * ID lies outside the resource's pool. New IDs continue after the resource's last assignment and
 * wrap to the start of the pool, so freed IDs are reused only after a full turn. Services are
 * handled in sorted key order, targets too, so the result depends only on the inputs.
 */
public final class IdAssigner {
    private final ServicesModel services;
    private final SortedMap<String, SortedSet<String>> targetsOf;
    private final boolean distributed;
    private final IdResources resources;
    private final IdAssignments previous;
    private final String property;

    private IdAssigner(
            ServicesModel services,
            Distribution distribution,
            IdResources resources,
            IdAssignments previous,
            String property) {
        this.services = services;
        this.distributed = distribution != null;
        this.targetsOf = new TreeMap<>();
        if (distribution == null) {
            services.services().keySet().forEach(key -> targetsOf.put(key, new TreeSet<>()));
        } else {
            distribution
                    .mappings()
                    .forEach(
                            (service, mappings) -> {
                                if (!mappings.isEmpty()
                                        && services.services().containsKey(service)) {
                                    SortedSet<String> targets = new TreeSet<>();
                                    mappings.forEach(mapping -> targets.add(mapping.target()));
                                    targetsOf.put(service, targets);
                                }
                            });
        }
        this.resources = resources;
        this.previous = previous;
        this.property = property;
    }

    /**
     * The IDs of the services.
     *
     * @param services the services model
     * @param distribution where the services are deployed, or null to give every service of the
     *     model IDs (global scope only)
     * @param resources the ID pools
     * @param previous the IDs of the previous run ({@link IdAssignments#empty()} when none)
     * @param property the service property that lists the resources a service needs IDs from
     * @throws ModelException when a pool is exhausted, a machine-scoped pool is used without a
     *     distribution, or a service's property is not a list of names
     */
    public static IdAssignments assign(
            ServicesModel services,
            Distribution distribution,
            IdResources resources,
            IdAssignments previous,
            String property) {
        return new IdAssigner(services, distribution, resources, previous, property).run();
    }

    private IdAssignments run() {
        SortedMap<String, SortedMap<String, Long>> ids = new TreeMap<>();
        SortedMap<String, Long> last = new TreeMap<>(previous.lastAssignments());
        last.keySet().retainAll(resources.resources().keySet());
        SortedMap<String, SortedMap<String, Long>> lastPerTarget = new TreeMap<>();
        if (distributed) {
            Set<String> usedTargets = new HashSet<>();
            targetsOf.values().forEach(usedTargets::addAll);
            previous.lastAssignmentsPerTarget()
                    .forEach(
                            (target, table) -> {
                                SortedMap<String, Long> kept = new TreeMap<>(table);
                                kept.keySet().retainAll(resources.resources().keySet());
                                if (usedTargets.contains(target) && !kept.isEmpty()) {
                                    lastPerTarget.put(target, kept);
                                }
                            });
        }
        for (IdResource resource : resources.resources().values()) {
            List<String> eligible = new ArrayList<>();
            for (String service : targetsOf.keySet()) {
                if (requires(services.services().get(service), resource.name())) {
                    eligible.add(service);
                }
            }
            SortedMap<String, Long> table =
                    switch (resource.scope()) {
                        case GLOBAL -> assignGlobal(resource, eligible, last);
                        case MACHINE -> assignPerMachine(resource, eligible, lastPerTarget);
                    };
            ids.put(resource.name(), table);
        }
        return new IdAssignments(ids, last, lastPerTarget);
    }

    private SortedMap<String, Long> assignGlobal(
            IdResource resource, List<String> eligible, SortedMap<String, Long> last) {
        SortedMap<String, Long> table = new TreeMap<>();
        Set<Long> used = new HashSet<>();
        for (String service : eligible) {
            Long id = previous.idOf(resource.name(), service);
            if (id != null && resource.contains(id) && used.add(id)) {
                table.put(service, id);
            }
        }
        for (String service : eligible) {
            if (!table.containsKey(service)) {
                long id = next(resource, last.get(resource.name()), List.of(used), service, null);
                used.add(id);
                table.put(service, id);
                last.put(resource.name(), id);
            }
        }
        return table;
    }

    private SortedMap<String, Long> assignPerMachine(
            IdResource resource,
            List<String> eligible,
            SortedMap<String, SortedMap<String, Long>> lastPerTarget) {
        if (!distributed) {
            throw new ModelException(
                    resource.position(),
                    "resource '"
                            + resource.name()
                            + "' has machine scope, which needs the infrastructure and distribution"
                            + " models (-i and -d)");
        }
        SortedMap<String, Long> table = new TreeMap<>();
        Map<String, Set<Long>> usedOn = new HashMap<>();
        SortedMap<String, List<String>> servicesOn = new TreeMap<>();
        for (String service : eligible) {
            for (String target : targetsOf.get(service)) {
                servicesOn.computeIfAbsent(target, t -> new ArrayList<>()).add(service);
                usedOn.computeIfAbsent(target, t -> new HashSet<>());
            }
        }
        for (String service : eligible) {
            Long id = previous.idOf(resource.name(), service);
            if (id != null && resource.contains(id) && free(id, service, usedOn)) {
                table.put(service, id);
                targetsOf.get(service).forEach(target -> usedOn.get(target).add(id));
            }
        }
        for (Map.Entry<String, List<String>> entry : servicesOn.entrySet()) {
            String target = entry.getKey();
            for (String service : entry.getValue()) {
                if (table.containsKey(service)) {
                    continue;
                }
                List<Set<Long>> used = targetsOf.get(service).stream().map(usedOn::get).toList();
                SortedMap<String, Long> last =
                        lastPerTarget.computeIfAbsent(target, t -> new TreeMap<>());
                long id = next(resource, last.get(resource.name()), used, service, target);
                table.put(service, id);
                used.forEach(set -> set.add(id));
                last.put(resource.name(), id);
            }
        }
        return table;
    }

    private boolean free(long id, String service, Map<String, Set<Long>> usedOn) {
        return targetsOf.get(service).stream().noneMatch(target -> usedOn.get(target).contains(id));
    }

    private static long next(
            IdResource resource, Long last, List<Set<Long>> used, String service, String target) {
        long bound = 1;
        for (Set<Long> set : used) {
            bound += set.size();
        }
        bound = Math.min(bound, resource.capacity());
        long candidate = resource.after(last);
        for (long tries = 0; tries < bound; tries++) {
            long id = candidate;
            if (used.stream().noneMatch(set -> set.contains(id))) {
                return id;
            }
            candidate = resource.after(candidate);
        }
        throw new ModelException(
                resource.position(),
                "resource '"
                        + resource.name()
                        + "' is exhausted: all "
                        + resource.capacity()
                        + " IDs from "
                        + resource.min()
                        + " to "
                        + resource.max()
                        + " are taken"
                        + (target == null ? "" : " on target '" + target + "'")
                        + ", and service '"
                        + service
                        + "' needs one");
    }

    private boolean requires(Service service, String resource) {
        ModelNode node = service.properties().get(property);
        if (node == null) {
            return false;
        }
        if (node.kind() != ModelNode.Kind.LIST) {
            throw new ModelException(
                    node.position(),
                    "service '"
                            + service.key()
                            + "': "
                            + property
                            + " must be a list of ID resource names, not "
                            + ModelNode.describe(node.kind()));
        }
        for (ModelNode element : node.elements()) {
            if (element.asString().equals(resource)) {
                return true;
            }
        }
        return false;
    }
}
