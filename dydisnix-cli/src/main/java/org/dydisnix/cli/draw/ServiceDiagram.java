package org.dydisnix.cli.draw;

import java.util.List;
import java.util.Set;
import org.dydisnix.cli.Failure;
import org.dydisnix.graph.dot.DotAttributes;
import org.dydisnix.graph.dot.DotGraph;
import org.dydisnix.model.Service;
import org.dydisnix.model.ServiceGroups;
import org.dydisnix.model.ServicesModel;

/**
 * The architecture diagram of a services model: a node per service labelled with its name, the
 * containers it provides and its type; dependsOn edges solid, connectsTo edges dashed.
 */
public final class ServiceDiagram {

    private ServiceDiagram() {}

    /**
     * The diagram of a group ({@code ""}: every service) with its direct context, its sub-groups
     * collapsed into one dashed node each when asked.
     *
     * @throws Failure.CommandException if no service is in the group
     */
    public static DotGraph ofGroup(ServicesModel model, String group, boolean collapse) {
        requireGroup(model, group);
        ServicesModel selected = ServiceGroups.inGroupWithContext(model, group);
        if (!collapse) {
            return of(selected, Set.of());
        }
        ServiceGroups.Collapsed collapsed = ServiceGroups.collapseSubgroups(selected, group);
        return of(collapsed.model(), collapsed.groupNodes());
    }

    /**
     * Checks that some service is in the group ({@code ""}: the top level, always there).
     *
     * @throws Failure.CommandException naming the model's groups if none is
     */
    public static void requireGroup(ServicesModel model, String group) {
        if (group.isEmpty()
                || model.services().values().stream()
                        .anyMatch(service -> ServiceGroups.isInGroup(service, group))) {
            return;
        }
        List<String> groups =
                ServiceGroups.groups(model).stream().filter(name -> !name.isEmpty()).toList();
        throw new Failure.CommandException(
                "--group '"
                        + group
                        + "': no service is in this group; "
                        + (groups.isEmpty()
                                ? "the services model has no groups"
                                : "the groups are: " + String.join(", ", groups)));
    }

    /** The diagram of the services; {@code groupNodes} are drawn dashed as collapsed groups. */
    public static DotGraph of(ServicesModel model, Set<String> groupNodes) {
        return of(model, groupNodes, key -> null);
    }

    /**
     * The diagram with a link on each node: {@code links} gives a node key's URL, or null for none.
     */
    public static DotGraph of(
            ServicesModel model,
            Set<String> groupNodes,
            java.util.function.Function<String, String> links) {
        DotGraph.Builder dot =
                DotGraph.digraph("G")
                        .nodeDefaults(
                                DotAttributes.of("style", "filled", "fillcolor", "#ffffff")
                                        .with("color", "#000000"));
        for (Service service : model.services().values()) {
            DotAttributes attributes = DotAttributes.of("label", label(service));
            if (groupNodes.contains(service.key())) {
                attributes = attributes.with("style", "filled,dashed");
            }
            if (service.isContainerProvider()) {
                attributes = attributes.with("peripheries", "2");
            }
            String link = links.apply(service.key());
            if (link != null) {
                attributes =
                        attributes
                                .with("href", link)
                                .with(
                                        "tooltip",
                                        service.description() != null
                                                ? service.description()
                                                : service.name());
            }
            dot.node(service.key(), attributes);
        }
        for (Service service : model.services().values()) {
            service.dependsOn().forEach(dependency -> dot.edge(service.key(), dependency));
            service.connectsTo()
                    .forEach(
                            dependency ->
                                    dot.edge(
                                            service.key(),
                                            dependency,
                                            DotAttributes.of("style", "dashed")));
        }
        return dot.build();
    }

    private static String label(Service service) {
        StringBuilder label = new StringBuilder(service.name());
        if (service.providesContainer() != null) {
            label.append("\n\u2192 ").append(service.providesContainer());
        } else if (!service.providesContainers().isEmpty()) {
            label.append("\n\u2192 { ")
                    .append(String.join(", ", service.providesContainers()))
                    .append(" }");
        }
        if (service.type() != null) {
            label.append("\n(").append(service.type()).append(')');
        }
        return label.toString();
    }
}
