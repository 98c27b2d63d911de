package org.dydisnix.model;

import java.util.List;
import java.util.Map;

/**
 * Prints a distribution model as the Dynamic Disnix tools do: Nix (the default), JSON, or the XML
 * form that {@code --xml} reads back. Services come in sorted order; the output ends with a newline.
 */
public final class DistributionWriter {

    /** The languages a distribution can be printed in. */
    public enum Format { NIX, JSON, XML }

    private DistributionWriter() {
    }

    /** The distribution in the given language. */
    public static String write(Distribution distribution, Format format) {
        return switch (format) {
            case NIX -> nix(distribution);
            case JSON -> json(distribution);
            case XML -> xml(distribution);
        };
    }

    private static String nix(Distribution distribution) {
        if (distribution.mappings().isEmpty()) {
            return "{ }\n";
        }
        StringBuilder out = new StringBuilder("{\n");
        for (Map.Entry<String, List<Mapping>> entry : distribution.mappings().entrySet()) {
            out.append("  ").append(nixString(entry.getKey())).append(" = [\n");
            for (Mapping mapping : entry.getValue()) {
                if (mapping.container() == null) {
                    out.append("    ").append(nixString(mapping.target())).append('\n');
                } else {
                    out.append("    {\n")
                            .append("      \"target\" = ").append(nixString(mapping.target())).append(";\n")
                            .append("      \"container\" = ").append(nixString(mapping.container())).append(";\n")
                            .append("    }\n");
                }
            }
            out.append("  ];\n");
        }
        return out.append("}\n").toString();
    }

    static String nixString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '$' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '{' ? "\\$" : "$");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String json(Distribution distribution) {
        StringBuilder out = new StringBuilder("{");
        String separator = "\n";
        for (Map.Entry<String, List<Mapping>> entry : distribution.mappings().entrySet()) {
            out.append(separator).append("  ").append(jsonString(entry.getKey())).append(": [");
            String elementSeparator = "\n";
            for (Mapping mapping : entry.getValue()) {
                out.append(elementSeparator).append("    ");
                if (mapping.container() == null) {
                    out.append(jsonString(mapping.target()));
                } else {
                    out.append("{ \"target\": ").append(jsonString(mapping.target()))
                            .append(", \"container\": ").append(jsonString(mapping.container())).append(" }");
                }
                elementSeparator = ",\n";
            }
            out.append(entry.getValue().isEmpty() ? "]" : "\n  ]");
            separator = ",\n";
        }
        return out.append(distribution.mappings().isEmpty() ? "}\n" : "\n}\n").toString();
    }

    static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String xml(Distribution distribution) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<distribution>\n");
        for (Map.Entry<String, List<Mapping>> entry : distribution.mappings().entrySet()) {
            out.append("  <service name=\"").append(xmlText(entry.getKey())).append("\">\n");
            for (Mapping mapping : entry.getValue()) {
                out.append("    <mapping>\n      <target>").append(xmlText(mapping.target())).append("</target>\n");
                if (mapping.container() != null) {
                    out.append("      <container>").append(xmlText(mapping.container())).append("</container>\n");
                }
                out.append("    </mapping>\n");
            }
            out.append("  </service>\n");
        }
        return out.append("</distribution>\n").toString();
    }

    static String xmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
