package org.dydisnix.model;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Turns an infrastructure attribute set into an {@link Infrastructure}. */
final class InfrastructureBuilder {

    private InfrastructureBuilder() {}

    static Infrastructure build(ModelNode root) {
        return build(root, Target.DEFAULT_TARGET_PROPERTY);
    }

    /** With the target property of targets that do not name their own. */
    static Infrastructure build(ModelNode root, String defaultTargetProperty) {
        SortedMap<String, Target> targets = new TreeMap<>();
        root.attributes()
                .forEach((key, node) -> targets.put(key, target(key, node, defaultTargetProperty)));
        return new Infrastructure(targets);
    }

    private static Target target(String key, ModelNode node, String defaultTargetProperty) {
        node.attributes();
        SortedMap<String, SortedMap<String, Object>> containers = new TreeMap<>();
        ModelNode containersNode = node.get("containers");
        if (containersNode != null) {
            containersNode
                    .attributes()
                    .forEach((name, container) -> containers.put(name, plainAttrs(container)));
        }
        ModelNode properties = node.get("properties");
        ModelNode cores = node.get("numOfCores");
        return new Target(
                key,
                properties == null ? new TreeMap<>() : plainAttrs(properties),
                containers,
                ServicesBuilder.optionalString(node, "system", null),
                cores == null || cores.kind() == ModelNode.Kind.NULL ? 1 : (int) cores.asLong(),
                ServicesBuilder.optionalString(node, "targetProperty", defaultTargetProperty),
                node.position());
    }

    @SuppressWarnings("unchecked")
    private static SortedMap<String, Object> plainAttrs(ModelNode node) {
        node.attributes();
        return new TreeMap<>((Map<String, Object>) node.toPlain());
    }
}
