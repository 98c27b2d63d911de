package org.dydisnix.model.ids;

import java.util.Map;
import java.util.SortedMap;
import org.dydisnix.model.DistributionWriter.Format;
import org.dydisnix.model.StringLiterals;
import org.dydisnix.model.XmlText;

/**
 * Prints an IDs model in Nix (what {@code --ids} reads back), JSON or the original tools' XML form;
 * names sorted, empty last-assignment tables left out, a newline at the end.
 */
public final class IdsWriter {

    private IdsWriter() {}

    /** The IDs model in the given language. */
    public static String write(IdAssignments assignments, Format format) {
        return switch (format) {
            case NIX -> nix(assignments);
            case JSON -> json(assignments);
            case XML -> xml(assignments);
        };
    }

    private static String nix(IdAssignments assignments) {
        StringBuilder out = new StringBuilder("{\n");
        nixNested(out, "ids", assignments.ids(), true);
        if (!assignments.lastAssignments().isEmpty()) {
            out.append("  lastAssignments = ");
            nixFlat(out, assignments.lastAssignments(), "  ");
            out.append(";\n");
        }
        nixNested(out, "lastAssignmentsPerTarget", assignments.lastAssignmentsPerTarget(), false);
        return out.append("}\n").toString();
    }

    private static void nixNested(
            StringBuilder out,
            String name,
            SortedMap<String, SortedMap<String, Long>> tables,
            boolean always) {
        if (tables.isEmpty() && !always) {
            return;
        }
        out.append("  ").append(name).append(" = {");
        if (tables.isEmpty()) {
            out.append(" };\n");
            return;
        }
        out.append('\n');
        for (Map.Entry<String, SortedMap<String, Long>> table : tables.entrySet()) {
            out.append("    ").append(StringLiterals.nix(table.getKey())).append(" = ");
            nixFlat(out, table.getValue(), "    ");
            out.append(";\n");
        }
        out.append("  };\n");
    }

    private static void nixFlat(StringBuilder out, SortedMap<String, Long> table, String indent) {
        if (table.isEmpty()) {
            out.append("{ }");
            return;
        }
        out.append("{\n");
        table.forEach(
                (key, id) ->
                        out.append(indent)
                                .append("  ")
                                .append(StringLiterals.nix(key))
                                .append(" = ")
                                .append(id)
                                .append(";\n"));
        out.append(indent).append('}');
    }

    private static String json(IdAssignments assignments) {
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"ids\": ");
        jsonNested(out, assignments.ids());
        if (!assignments.lastAssignments().isEmpty()) {
            out.append(",\n  \"lastAssignments\": ");
            jsonFlat(out, assignments.lastAssignments(), "  ");
        }
        if (!assignments.lastAssignmentsPerTarget().isEmpty()) {
            out.append(",\n  \"lastAssignmentsPerTarget\": ");
            jsonNested(out, assignments.lastAssignmentsPerTarget());
        }
        return out.append("\n}\n").toString();
    }

    private static void jsonNested(
            StringBuilder out, SortedMap<String, SortedMap<String, Long>> tables) {
        if (tables.isEmpty()) {
            out.append("{}");
            return;
        }
        String separator = "{\n";
        for (Map.Entry<String, SortedMap<String, Long>> table : tables.entrySet()) {
            out.append(separator)
                    .append("    ")
                    .append(StringLiterals.json(table.getKey()))
                    .append(": ");
            jsonFlat(out, table.getValue(), "    ");
            separator = ",\n";
        }
        out.append("\n  }");
    }

    private static void jsonFlat(StringBuilder out, SortedMap<String, Long> table, String indent) {
        if (table.isEmpty()) {
            out.append("{}");
            return;
        }
        String separator = "{\n";
        for (Map.Entry<String, Long> entry : table.entrySet()) {
            out.append(separator)
                    .append(indent)
                    .append("  ")
                    .append(StringLiterals.json(entry.getKey()))
                    .append(": ")
                    .append(entry.getValue());
            separator = ",\n";
        }
        out.append('\n').append(indent).append('}');
    }

    private static String xml(IdAssignments assignments) {
        StringBuilder out =
                new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ids>\n");
        xmlNested(out, "ids", "resource", assignments.ids(), true);
        if (!assignments.lastAssignments().isEmpty()) {
            out.append("  <lastAssignments>\n");
            xmlFlat(out, assignments.lastAssignments(), "    ");
            out.append("  </lastAssignments>\n");
        }
        xmlNested(
                out,
                "lastAssignmentsPerTarget",
                "target",
                assignments.lastAssignmentsPerTarget(),
                false);
        return out.append("</ids>\n").toString();
    }

    private static void xmlNested(
            StringBuilder out,
            String element,
            String child,
            SortedMap<String, SortedMap<String, Long>> tables,
            boolean always) {
        if (tables.isEmpty()) {
            if (always) {
                out.append("  <").append(element).append("/>\n");
            }
            return;
        }
        out.append("  <").append(element).append(">\n");
        for (Map.Entry<String, SortedMap<String, Long>> table : tables.entrySet()) {
            out.append("    <")
                    .append(child)
                    .append(" name=\"")
                    .append(XmlText.escape(table.getKey()))
                    .append(table.getValue().isEmpty() ? "\"/>\n" : "\">\n");
            if (!table.getValue().isEmpty()) {
                xmlFlat(out, table.getValue(), "      ");
                out.append("    </").append(child).append(">\n");
            }
        }
        out.append("  </").append(element).append(">\n");
    }

    private static void xmlFlat(StringBuilder out, SortedMap<String, Long> table, String indent) {
        table.forEach(
                (key, id) ->
                        out.append(indent)
                                .append("<assignment name=\"")
                                .append(XmlText.escape(key))
                                .append("\">")
                                .append(id)
                                .append("</assignment>\n"));
    }
}
