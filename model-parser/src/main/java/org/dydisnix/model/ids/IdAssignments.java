package org.dydisnix.model.ids;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dydisnix.model.ModelNode;

/**
 * An IDs model ({@code ids.nix}): the ID of each service per resource, and the last ID handed out
 * per resource (global scope) and per target and resource (machine scope), from which the next
 * assignment continues.
 *
 * @param ids resource name to service key to ID
 * @param lastAssignments resource name to the last ID assigned in global scope
 * @param lastAssignmentsPerTarget target key to resource name to the last ID assigned on it
 */
public record IdAssignments(
        SortedMap<String, SortedMap<String, Long>> ids,
        SortedMap<String, Long> lastAssignments,
        SortedMap<String, SortedMap<String, Long>> lastAssignmentsPerTarget) {

    public IdAssignments {
        ids = deepCopy(ids);
        lastAssignments = Collections.unmodifiableSortedMap(new TreeMap<>(lastAssignments));
        lastAssignmentsPerTarget = deepCopy(lastAssignmentsPerTarget);
    }

    /** No assignments yet. */
    public static IdAssignments empty() {
        return new IdAssignments(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    }

    /** Reads an IDs model from its evaluated attribute set; absent parts are empty. */
    public static IdAssignments from(ModelNode root) {
        SortedMap<String, ModelNode> attributes = root.attributes();
        return new IdAssignments(
                nested(attributes.get("ids")),
                flat(attributes.get("lastAssignments")),
                nested(attributes.get("lastAssignmentsPerTarget")));
    }

    /** The ID of a service for a resource, or null. */
    public Long idOf(String resource, String service) {
        Map<String, Long> table = ids.get(resource);
        return table == null ? null : table.get(service);
    }

    private static SortedMap<String, SortedMap<String, Long>> nested(ModelNode node) {
        SortedMap<String, SortedMap<String, Long>> result = new TreeMap<>();
        if (node != null) {
            node.attributes().forEach((name, value) -> result.put(name, flat(value)));
        }
        return result;
    }

    private static SortedMap<String, Long> flat(ModelNode node) {
        SortedMap<String, Long> result = new TreeMap<>();
        if (node != null) {
            node.attributes().forEach((name, value) -> result.put(name, value.asLong()));
        }
        return result;
    }

    private static SortedMap<String, SortedMap<String, Long>> deepCopy(
            SortedMap<String, SortedMap<String, Long>> map) {
        SortedMap<String, SortedMap<String, Long>> copy = new TreeMap<>();
        map.forEach(
                (name, inner) ->
                        copy.put(name, Collections.unmodifiableSortedMap(new TreeMap<>(inner))));
        return Collections.unmodifiableSortedMap(copy);
    }
}
