package org.dydisnix.model;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Turns a distribution attribute set into a {@link Distribution}. A target written as an
 * infrastructure value is recognised by identity, so two targets with the same hostname stay apart;
 * a target written as a string names an infrastructure key; only values without identity fall back
 * to the target property (hostname) match.
 */
final class DistributionBuilder {
    private final Infrastructure infrastructure;
    private final String defaultTargetProperty;
    private final Map<Object, String> keyByIdentity = new IdentityHashMap<>();

    private DistributionBuilder(
            Infrastructure infrastructure,
            ModelNode infrastructureNode,
            String defaultTargetProperty) {
        this.infrastructure = infrastructure;
        this.defaultTargetProperty = defaultTargetProperty;
        if (infrastructureNode != null) {
            infrastructureNode
                    .attributes()
                    .forEach(
                            (key, node) -> {
                                Object identity = node.identity();
                                if (identity != null) {
                                    keyByIdentity.put(identity, key);
                                }
                            });
        }
    }

    static Distribution build(
            ModelNode root, Infrastructure infrastructure, ModelNode infrastructureNode) {
        return build(root, infrastructure, infrastructureNode, Target.DEFAULT_TARGET_PROPERTY);
    }

    /** With the target property of targets that do not name their own. */
    static Distribution build(
            ModelNode root,
            Infrastructure infrastructure,
            ModelNode infrastructureNode,
            String defaultTargetProperty) {
        return new DistributionBuilder(infrastructure, infrastructureNode, defaultTargetProperty)
                .build(root);
    }

    private Distribution build(ModelNode root) {
        SortedMap<String, List<Mapping>> mappings = new TreeMap<>();
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        root.attributes()
                .forEach(
                        (service, node) -> {
                            positions.put(service, node.position());
                            mappings.put(service, mappings(service, node));
                        });
        return new Distribution(mappings, positions);
    }

    private List<Mapping> mappings(String service, ModelNode node) {
        ModelNode list = node;
        if (node.kind() == ModelNode.Kind.ATTRS && node.get("targets") != null) {
            list = node.get("targets");
        }
        if (list.kind() != ModelNode.Kind.LIST) {
            throw new ModelException(
                    list.position(),
                    "the targets of service '"
                            + service
                            + "' are "
                            + ModelNode.describe(list.kind())
                            + " while a list or { targets = [ ... ]; } was expected");
        }
        java.util.Set<Mapping> result = new java.util.LinkedHashSet<>();
        for (ModelNode element : list.elements()) {
            result.add(mapping(service, element));
        }
        return new ArrayList<>(result);
    }

    private Mapping mapping(String service, ModelNode element) {
        if (element.kind() == ModelNode.Kind.ATTRS) {
            String key = keyByIdentity.get(element.identity());
            if (key != null) {
                return Mapping.to(key);
            }
            ModelNode target = element.get("target");
            if (target != null) {
                String container = ServicesBuilder.optionalString(element, "container", null);
                return new Mapping(target(service, target), container);
            }
        }
        return Mapping.to(target(service, element));
    }

    private String target(String service, ModelNode node) {
        return switch (node.kind()) {
            case STRING -> byName(service, node.asString(), node);
            case ATTRS -> {
                String key = keyByIdentity.get(node.identity());
                yield key != null ? key : byProperty(service, node);
            }
            default ->
                    throw new ModelException(
                            node.position(),
                            "a target of service '"
                                    + service
                                    + "' is "
                                    + ModelNode.describe(node.kind())
                                    + " while a target or a target name was expected");
        };
    }

    private String byName(String service, String name, ModelNode node) {
        if (infrastructure == null || infrastructure.targets().containsKey(name)) {
            return name;
        }
        List<String> matches =
                infrastructure.targets().values().stream()
                        .filter(target -> name.equals(target.address()))
                        .map(Target::key)
                        .toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        throw new ModelException(
                node.position(),
                "service '"
                        + service
                        + "' is mapped to target '"
                        + name
                        + "', which is not in the infrastructure model"
                        + (matches.isEmpty()
                                ? ""
                                : " (its address matches several targets: "
                                        + String.join(", ", matches)
                                        + ")"));
    }

    private String byProperty(String service, ModelNode node) {
        ModelNode properties = node.get("properties");
        if (properties == null || infrastructure == null) {
            throw new ModelException(
                    node.position(),
                    "a target of service '"
                            + service
                            + "' is a set that is neither an infrastructure target nor { target = ...; container = ...; }");
        }
        ModelNode targetProperty = node.get("targetProperty");
        String property =
                targetProperty == null ? defaultTargetProperty : targetProperty.asString();
        ModelNode address = properties.get(property);
        if (address == null) {
            throw new ModelException(
                    node.position(),
                    "a target of service '"
                            + service
                            + "' has no property '"
                            + property
                            + "' to identify it by");
        }
        return byName(service, address.asString(), node);
    }
}
