package org.dydisnix.cli.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dydisnix.model.ModelNode;

/**
 * The docs model of a services catalogue: {@code { groups = { "a/b" = "Title"; }; fields = [ "type"
 * "description" ]; descriptions = { type = "Type"; }; }}.
 *
 * @param groups group path to its title
 * @param fields the service properties shown as table columns, in order
 * @param descriptions a field's column heading
 */
public record DocsModel(
        SortedMap<String, String> groups, List<String> fields, Map<String, String> descriptions) {

    /** The columns the original shows without a docs model. */
    public static final List<String> DEFAULT_FIELDS = List.of("description", "type");

    public DocsModel {
        groups = new TreeMap<>(groups);
        fields = List.copyOf(fields.isEmpty() ? DEFAULT_FIELDS : fields);
        descriptions = Map.copyOf(descriptions);
    }

    /** No docs model: group paths as titles, the default columns. */
    public static DocsModel none() {
        return new DocsModel(new TreeMap<>(), List.of(), Map.of());
    }

    /** Reads the model from its evaluated attribute set; every part is optional. */
    public static DocsModel from(ModelNode root) {
        SortedMap<String, String> groups = new TreeMap<>();
        List<String> fields = new ArrayList<>();
        Map<String, String> descriptions = new TreeMap<>();
        ModelNode groupsNode = root.get("groups");
        if (groupsNode != null) {
            groupsNode.attributes().forEach((name, title) -> groups.put(name, title.asString()));
        }
        ModelNode fieldsNode = root.get("fields");
        if (fieldsNode != null) {
            if (fieldsNode.kind() == ModelNode.Kind.LIST) {
                fieldsNode.elements().forEach(field -> fields.add(field.asString()));
            } else {
                fieldsNode.attributes().values().forEach(field -> fields.add(field.asString()));
            }
        }
        ModelNode descriptionsNode = root.get("descriptions");
        if (descriptionsNode != null) {
            descriptionsNode
                    .attributes()
                    .forEach((name, text) -> descriptions.put(name, text.asString()));
        }
        return new DocsModel(groups, fields, descriptions);
    }

    /** The title of a group: its docs title, else its path; the top level is "Services". */
    public String titleOf(String group) {
        if (group.isEmpty()) {
            return groups.getOrDefault("", "Services");
        }
        return groups.getOrDefault(group, group.substring(group.lastIndexOf('/') + 1));
    }

    /** The column heading of a field. */
    public String headingOf(String field) {
        String heading = descriptions.get(field);
        if (heading != null) {
            return heading;
        }
        return field.isEmpty()
                ? field
                : Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
