package org.dydisnix.model;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Selects the services of a group ({@code a/b} nests {@code b} in {@code a}) and collapses
 * sub-groups, as the services diagrams of Dynamic Disnix do.
 */
public final class ServiceGroups {

    private ServiceGroups() {}

    /**
     * Whether the service belongs to the group or one of its sub-groups; the empty group holds all.
     */
    public static boolean isInGroup(Service service, String group) {
        return group.isEmpty()
                || service.group().equals(group)
                || service.group().startsWith(group + "/");
    }

    /** Every group named in the model, and the empty top-level group, sorted. */
    public static java.util.SortedSet<String> groups(ServicesModel model) {
        java.util.SortedSet<String> groups = new TreeSet<>();
        groups.add("");
        model.services().values().forEach(service -> groups.add(service.group()));
        return groups;
    }

    /**
     * The services of the group plus their direct context: services outside the group that in-group
     * services depend on (without their own dependencies), and services outside the group that
     * depend on in-group services (keeping only their dependencies into the result).
     */
    public static ServicesModel inGroupWithContext(ServicesModel model, String group) {
        SortedMap<String, Service> result = new TreeMap<>();
        for (Service service : model.services().values()) {
            if (isInGroup(service, group)) {
                result.put(service.key(), service);
            }
        }
        Set<String> inGroup = Set.copyOf(result.keySet());
        for (String key : inGroup) {
            Service service = result.get(key);
            for (String dependency : service.dependencies()) {
                if (!result.containsKey(dependency)) {
                    result.put(
                            dependency,
                            withDependencies(
                                    model.services().get(dependency), List.of(), List.of()));
                }
            }
        }
        Set<String> queried = Set.copyOf(result.keySet());
        for (Service service : model.services().values()) {
            if (!queried.contains(service.key())
                    && service.dependencies().stream().anyMatch(inGroup::contains)) {
                result.put(
                        service.key(),
                        withDependencies(
                                service,
                                service.dependsOn().stream().filter(queried::contains).toList(),
                                service.connectsTo().stream().filter(queried::contains).toList()));
            }
        }
        return new ServicesModel(result);
    }

    /**
     * Collapses every service that lies deeper than {@code group} into one node per sub-group,
     * named after the sub-group's first level below {@code group}. Dependencies of members become
     * the group node's (merged, without self-references), and dependencies on members point to the
     * group node.
     *
     * @return the nodes of the diagram: services kept as they are, and group nodes as services with
     *     no type whose keys are listed in {@code groupNodes}
     */
    public static Collapsed collapseSubgroups(ServicesModel model, String group) {
        List<String> groupTokens = tokens(group);
        Map<String, String> nodeOf = new TreeMap<>();
        for (Service service : model.services().values()) {
            nodeOf.put(service.key(), nodeName(service, groupTokens));
        }
        SortedMap<String, Set<String>> dependsOn = new TreeMap<>();
        SortedMap<String, Set<String>> connectsTo = new TreeMap<>();
        SortedMap<String, Service> kept = new TreeMap<>();
        Set<String> groupNodes = new TreeSet<>();
        for (Service service : model.services().values()) {
            String node = nodeOf.get(service.key());
            if (node.equals(service.key()) && !groupNodes.contains(node)) {
                kept.put(node, service);
            } else {
                groupNodes.add(node);
                kept.remove(node);
            }
            dependsOn.computeIfAbsent(node, k -> new LinkedHashSet<>());
            connectsTo.computeIfAbsent(node, k -> new LinkedHashSet<>());
            service.dependsOn().stream()
                    .map(d -> nodeOf.getOrDefault(d, d))
                    .filter(d -> !d.equals(node))
                    .forEach(dependsOn.get(node)::add);
            service.connectsTo().stream()
                    .map(d -> nodeOf.getOrDefault(d, d))
                    .filter(d -> !d.equals(node))
                    .forEach(connectsTo.get(node)::add);
        }
        SortedMap<String, Service> nodes = new TreeMap<>();
        for (String node : dependsOn.keySet()) {
            List<String> depends = List.copyOf(dependsOn.get(node));
            List<String> connects =
                    connectsTo.get(node).stream()
                            .filter(d -> !dependsOn.get(node).contains(d))
                            .toList();
            Service service = kept.get(node);
            nodes.put(
                    node,
                    service != null && !groupNodes.contains(node)
                            ? withDependencies(service, depends, connects)
                            : new Service(
                                    node,
                                    node,
                                    depends,
                                    connects,
                                    null,
                                    "",
                                    null,
                                    null,
                                    List.of(),
                                    new TreeMap<>(),
                                    null));
        }
        return new Collapsed(new ServicesModel(nodes), groupNodes);
    }

    /**
     * The result of {@link #collapseSubgroups}: the diagram's nodes and which of them are groups.
     */
    public record Collapsed(ServicesModel model, Set<String> groupNodes) {

        public Collapsed {
            groupNodes = Set.copyOf(groupNodes);
        }
    }

    private static String nodeName(Service service, List<String> groupTokens) {
        List<String> tokens = tokens(service.group());
        for (int i = 0; i < tokens.size(); i++) {
            if (i >= groupTokens.size() || !tokens.get(i).equals(groupTokens.get(i))) {
                return tokens.get(i);
            }
        }
        return service.key();
    }

    private static List<String> tokens(String group) {
        return group.isEmpty() ? List.of() : Arrays.asList(group.split("/"));
    }

    private static Service withDependencies(
            Service service, List<String> dependsOn, List<String> connectsTo) {
        return new Service(
                service.key(),
                service.name(),
                dependsOn,
                connectsTo,
                service.type(),
                service.group(),
                service.description(),
                service.providesContainer(),
                service.providesContainers(),
                service.properties(),
                service.position());
    }
}
