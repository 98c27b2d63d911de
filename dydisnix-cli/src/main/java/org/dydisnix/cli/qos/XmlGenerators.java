package org.dydisnix.cli.qos;

import static org.dydisnix.cli.qos.FilterCalls.PREFIX;

import java.util.Map;
import java.util.regex.Pattern;
import org.dydisnix.cli.plan.PlanningException;
import org.dydisnix.model.DistributionWriter;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.Models;
import org.dydisnix.model.ids.IdAssignments;
import org.dydisnix.model.ids.IdsWriter;

/**
 * The original's {@code generate*XML} functions: a model in the XML form its external tools read
 * (the shapes of its {@code services.xsl}, {@code distribution.xsl}, {@code ids.xsl}, {@code
 * idresources.xsl}, {@code docs.xsl} and Disnix's {@code infrastructure.xsl}). The original builds
 * a file with that content; here the content is returned as a string, since nothing is built.
 */
final class XmlGenerators {
    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final Pattern XML_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    private XmlGenerators() {}

    static String distribution(ModelNode distribution) {
        return DistributionWriter.write(
                Models.distribution(distribution, null), DistributionWriter.Format.XML);
    }

    static String services(ModelNode services) {
        StringBuilder out = new StringBuilder(HEADER).append("<services>\n");
        services.attributes()
                .forEach(
                        (name, service) -> {
                            out.append("  <service name=\"").append(text(name)).append("\">\n");
                            dependencies(out, "dependsOn", service.get("dependsOn"));
                            dependencies(out, "connectsTo", service.get("connectsTo"));
                            service.attributes()
                                    .forEach(
                                            (property, value) -> {
                                                if (!property.equals("dependsOn")
                                                        && !property.equals("connectsTo")) {
                                                    property(out, "    ", property, value);
                                                }
                                            });
                            out.append("  </service>\n");
                        });
        return out.append("</services>\n").toString();
    }

    private static void dependencies(StringBuilder out, String property, ModelNode names) {
        if (names == null || names.kind() != ModelNode.Kind.LIST || names.elements().isEmpty()) {
            out.append("    <property name=\"").append(property).append("\"/>\n");
            return;
        }
        out.append("    <property name=\"").append(property).append("\">\n");
        for (ModelNode name : names.elements()) {
            Object plain = name.toPlain();
            out.append("      <dependency>")
                    .append(plain instanceof String s ? text(s) : "")
                    .append("</dependency>\n");
        }
        out.append("    </property>\n");
    }

    static String infrastructure(ModelNode infrastructure) {
        StringBuilder out = new StringBuilder(HEADER).append("<infrastructure version=\"2\">\n");
        infrastructure
                .attributes()
                .forEach(
                        (name, target) -> {
                            out.append("  <target name=\"").append(text(name)).append("\">\n");
                            ModelNode properties = target.get("properties");
                            if (properties == null) {
                                out.append("    <properties/>\n");
                            } else {
                                typed(out, "    ", "properties", null, properties.toPlain());
                            }
                            ModelNode containers = target.get("containers");
                            if (containers == null || containers.attributes().isEmpty()) {
                                out.append("    <containers/>\n");
                            } else {
                                out.append("    <containers>\n");
                                containers
                                        .attributes()
                                        .forEach(
                                                (container, value) ->
                                                        typed(
                                                                out,
                                                                "      ",
                                                                "container",
                                                                container,
                                                                value.toPlain()));
                                out.append("    </containers>\n");
                            }
                            for (String field :
                                    new String[] {
                                        "system", "numOfCores", "clientInterface", "targetProperty"
                                    }) {
                                scalar(out, "    ", field, target.get(field));
                            }
                            out.append("  </target>\n");
                        });
        return out.append("</infrastructure>\n").toString();
    }

    static String ids(ModelNode ids) {
        return IdsWriter.write(
                IdAssignments.from(ids), org.dydisnix.model.DistributionWriter.Format.XML);
    }

    static String idResources(ModelNode resources) {
        StringBuilder out = new StringBuilder(HEADER).append("<resources>\n");
        resources
                .attributes()
                .forEach(
                        (name, resource) -> {
                            out.append("  <resource name=\"").append(text(name)).append("\">\n");
                            for (String field : new String[] {"min", "max", "scope"}) {
                                scalar(out, "    ", field, resource.get(field));
                            }
                            out.append("  </resource>\n");
                        });
        return out.append("</resources>\n").toString();
    }

    static String docs(ModelNode docs) {
        StringBuilder out = new StringBuilder(HEADER).append("<docs-config>\n");
        out.append("  <groups>\n");
        attributes(docs, "groups")
                .forEach(
                        (group, title) ->
                                out.append("    <group name=\"")
                                        .append(text(group))
                                        .append("\">")
                                        .append(scalarText(title))
                                        .append("</group>\n"));
        out.append("  </groups>\n  <fields>\n");
        ModelNode fields = docs.get("fields");
        if (fields != null) {
            for (ModelNode field : fields.elements()) {
                out.append("    <field>").append(scalarText(field)).append("</field>\n");
            }
        }
        out.append("  </fields>\n  <descriptions>\n");
        attributes(docs, "descriptions")
                .forEach(
                        (field, description) ->
                                out.append("    <")
                                        .append(elementName(field, "generateDocsXML"))
                                        .append('>')
                                        .append(scalarText(description))
                                        .append("</")
                                        .append(field)
                                        .append(">\n"));
        return out.append("  </descriptions>\n</docs-config>\n").toString();
    }

    static String ports(ModelNode ports) {
        throw new PlanningException(
                PREFIX
                        + "generatePortsXML: port assignment became ID assignment (dydisnix-id-assign); "
                        + "the original has no ports.xsl for it either: use filters.generateIdsXML");
    }

    private static Map<String, ModelNode> attributes(ModelNode node, String name) {
        ModelNode value = node.get(name);
        return value == null ? Map.of() : value.attributes();
    }

    private static String elementName(String name, String generator) {
        if (!XML_NAME.matcher(name).matches() || name.toLowerCase().startsWith("xml")) {
            throw new PlanningException(
                    PREFIX
                            + generator
                            + ": '"
                            + name
                            + "' cannot be an XML element name (letters, digits, _ . -)");
        }
        return name;
    }

    private static void scalar(StringBuilder out, String indent, String field, ModelNode value) {
        out.append(indent).append('<').append(field);
        String content = value == null ? "" : scalarText(value);
        out.append(content.isEmpty() ? "/>\n" : ">" + content + "</" + field + ">\n");
    }

    private static String scalarText(ModelNode value) {
        return value.kind() == ModelNode.Kind.NULL ? "" : plainText(value.toPlain());
    }

    private static void property(StringBuilder out, String indent, String name, ModelNode value) {
        if (ServiceProperties.isPackage(value)) {
            out.append(indent).append("<property name=\"").append(text(name)).append("\"/>\n");
            return;
        }
        typed(out, indent, "property", name, value.toPlain());
    }

    /** An element with the type the XSLs give a value: {@code string}, {@code list}, ... */
    private static void typed(
            StringBuilder out, String indent, String element, String name, Object value) {
        out.append(indent).append('<').append(element);
        if (name != null) {
            out.append(" name=\"").append(text(name)).append('"');
        }
        String type = type(value);
        if (type != null) {
            out.append(" type=\"").append(type).append('"');
        }
        if (value instanceof java.util.List<?> list) {
            if (list.isEmpty()) {
                out.append("/>\n");
                return;
            }
            out.append(">\n");
            for (Object item : list) {
                typed(out, indent + "  ", "elem", null, item);
            }
            out.append(indent).append("</").append(element).append(">\n");
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("/>\n");
                return;
            }
            out.append(">\n");
            map.forEach(
                    (key, item) ->
                            typed(out, indent + "  ", "property", String.valueOf(key), item));
            out.append(indent).append("</").append(element).append(">\n");
        } else {
            String content = plainText(value);
            out.append(content.isEmpty() ? "/>\n" : ">" + content + "</" + element + ">\n");
        }
    }

    private static String type(Object value) {
        if (value instanceof String) {
            return "string";
        } else if (value instanceof Long || value instanceof Integer) {
            return "int";
        } else if (value instanceof Double) {
            return "float";
        } else if (value instanceof Boolean) {
            return "bool";
        } else if (value instanceof java.util.List<?>) {
            return "list";
        } else if (value instanceof Map<?, ?>) {
            return "attrs";
        }
        return null;
    }

    private static String plainText(Object value) {
        return value == null || value instanceof Map<?, ?> || value instanceof java.util.List<?>
                ? ""
                : text(String.valueOf(value));
    }

    private static String text(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
