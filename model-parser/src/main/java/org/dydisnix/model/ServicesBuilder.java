package org.dydisnix.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Turns a services attribute set into a {@link ServicesModel}, resolving every dependency to a
 * service key.
 */
final class ServicesBuilder {
    private static final Set<String> KNOWN =
            Set.of(
                    "name",
                    "pkg",
                    "dependsOn",
                    "connectsTo",
                    "type",
                    "group",
                    "description",
                    "providesContainer",
                    "providesContainers");

    private final SortedMap<String, ModelNode> nodes;
    private final Map<Object, String> keyByIdentity = new IdentityHashMap<>();
    private final Map<String, String> keyByName = new HashMap<>();
    private final java.util.Set<String> keys;

    private ServicesBuilder(ModelNode root) {
        this.nodes = root.attributes();
        this.keys = new java.util.HashSet<>(nodes.keySet());
    }

    static ServicesModel build(ModelNode root) {
        return new ServicesBuilder(root).build();
    }

    private ServicesModel build() {
        for (Map.Entry<String, ModelNode> entry : nodes.entrySet()) {
            ModelNode service = entry.getValue();
            service.attributes();
            Object identity = service.identity();
            if (identity != null) {
                keyByIdentity.put(identity, entry.getKey());
            }
            ModelNode name = service.get("name");
            if (name != null) {
                keyByName.putIfAbsent(name.asString(), entry.getKey());
            }
        }
        SortedMap<String, Service> services = new TreeMap<>();
        nodes.forEach((key, node) -> services.put(key, service(key, node)));
        return new ServicesModel(services);
    }

    private Service service(String key, ModelNode node) {
        SortedMap<String, ModelNode> properties = new TreeMap<>();
        node.attributes()
                .forEach(
                        (name, value) -> {
                            if (!KNOWN.contains(name)) {
                                properties.put(name, value);
                            }
                        });
        return new Service(
                key,
                optionalString(node, "name", key),
                references(key, node.get("dependsOn")),
                references(key, node.get("connectsTo")),
                optionalString(node, "type", null),
                optionalString(node, "group", ""),
                optionalString(node, "description", null),
                optionalString(node, "providesContainer", null),
                names(node.get("providesContainers")),
                properties,
                node.position());
    }

    static String optionalString(ModelNode node, String attribute, String fallback) {
        ModelNode value = node.get(attribute);
        if (value == null || value.kind() == ModelNode.Kind.NULL) {
            return fallback;
        }
        return value.asString();
    }

    private static List<String> names(ModelNode node) {
        if (node == null || node.kind() == ModelNode.Kind.NULL) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        if (node.kind() == ModelNode.Kind.LIST) {
            node.elements().forEach(element -> names.add(element.asString()));
        } else {
            names.addAll(node.attributes().keySet());
        }
        return names.stream().sorted().distinct().toList();
    }

    private List<String> references(String service, ModelNode node) {
        if (node == null || node.kind() == ModelNode.Kind.NULL) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        switch (node.kind()) {
            case LIST ->
                    node.elements().forEach(element -> keys.add(reference(service, null, element)));
            case ATTRS ->
                    node.attributes()
                            .forEach((name, value) -> keys.add(reference(service, name, value)));
            default ->
                    throw new ModelException(
                            node.position(),
                            "the dependencies of service '"
                                    + service
                                    + "' are "
                                    + ModelNode.describe(node.kind())
                                    + " while a set or a list was expected");
        }
        return List.copyOf(keys);
    }

    private String reference(String service, String attributeName, ModelNode target) {
        ModelNode.Kind kind = target.kind();
        if (kind == ModelNode.Kind.STRING) {
            return resolve(service, target.asString(), target.position());
        }
        if (kind == ModelNode.Kind.ATTRS) {
            Object identity = target.identity();
            if (identity != null && keyByIdentity.containsKey(identity)) {
                return keyByIdentity.get(identity);
            }
            ModelNode name = target.get("name");
            if (name != null) {
                return resolve(service, name.asString(), target.position());
            }
        }
        if (attributeName != null) {
            return resolve(service, attributeName, target.position());
        }
        throw new ModelException(
                target.position(),
                "a dependency of service '"
                        + service
                        + "' is "
                        + ModelNode.describe(kind)
                        + " while a service or a service name was expected");
    }

    private String resolve(String service, String name, SourcePosition position) {
        if (keys.contains(name)) {
            return name;
        }
        String key = keyByName.get(name);
        if (key != null) {
            return key;
        }
        throw new ModelException(
                position, "service '" + service + "' depends on unknown service '" + name + "'");
    }
}
