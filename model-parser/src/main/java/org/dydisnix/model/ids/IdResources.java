package org.dydisnix.model.ids;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dydisnix.model.ModelException;
import org.dydisnix.model.ModelNode;

/**
 * An ID resources model: {@code { ports = { min = 3000; max = 4000; scope = "global"; step = 1; };
 * }}, resources by name in sorted order.
 */
public record IdResources(SortedMap<String, IdResource> resources) {

    public IdResources {
        resources = Collections.unmodifiableSortedMap(new TreeMap<>(resources));
    }

    /** Reads the model from its evaluated attribute set. */
    public static IdResources from(ModelNode root) {
        SortedMap<String, IdResource> resources = new TreeMap<>();
        for (Map.Entry<String, ModelNode> entry : root.attributes().entrySet()) {
            resources.put(entry.getKey(), resource(entry.getKey(), entry.getValue()));
        }
        return new IdResources(resources);
    }

    private static IdResource resource(String name, ModelNode node) {
        SortedMap<String, ModelNode> attributes = node.attributes();
        long min = required(name, node, "min");
        long max = required(name, node, "max");
        ModelNode stepNode = attributes.get("step");
        long step = stepNode == null ? 1 : stepNode.asLong();
        if (step <= 0) {
            throw new ModelException(
                    stepNode.position(),
                    "resource '" + name + "' has step " + step + "; it must be positive");
        }
        if (min > max) {
            throw new ModelException(
                    node.position(),
                    "resource '" + name + "' has min " + min + " greater than max " + max);
        }
        ModelNode scopeNode = attributes.get("scope");
        String scope = scopeNode == null ? "" : scopeNode.asString();
        IdResource.Scope parsed =
                switch (scope) {
                    case "", "global" -> IdResource.Scope.GLOBAL;
                    case "machine" -> IdResource.Scope.MACHINE;
                    default ->
                            throw new ModelException(
                                    scopeNode.position(),
                                    "resource '"
                                            + name
                                            + "' has unknown scope '"
                                            + scope
                                            + "' (expected \"global\" or \"machine\")");
                };
        return new IdResource(name, min, max, step, parsed, node.position());
    }

    private static long required(String name, ModelNode resource, String attribute) {
        ModelNode value = resource.attributes().get(attribute);
        if (value == null) {
            throw new ModelException(
                    resource.position(),
                    "resource '" + name + "' has no " + attribute.toLowerCase(Locale.ROOT));
        }
        return value.asLong();
    }
}
