package org.dydisnix.model;

import java.util.List;
import java.util.Map;

/**
 * Prints a distribution model as the Dynamic Disnix tools do: Nix (the default), JSON, or the XML
 * form that {@code --xml} reads back. Services come in sorted order; the output ends with a
 * newline.
 */
public final class DistributionWriter {

    /** The languages a distribution can be printed in. */
    public enum Format {
        NIX,
        JSON,
        XML
    }

    private DistributionWriter() {}

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
            out.append("  ").append(StringLiterals.nix(entry.getKey())).append(" = [\n");
            for (Mapping mapping : entry.getValue()) {
                if (mapping.container() == null) {
                    out.append("    ").append(StringLiterals.nix(mapping.target())).append('\n');
                } else {
                    out.append("    {\n")
                            .append("      \"target\" = ")
                            .append(StringLiterals.nix(mapping.target()))
                            .append(";\n")
                            .append("      \"container\" = ")
                            .append(StringLiterals.nix(mapping.container()))
                            .append(";\n")
                            .append("    }\n");
                }
            }
            out.append("  ];\n");
        }
        return out.append("}\n").toString();
    }

    private static String json(Distribution distribution) {
        StringBuilder out = new StringBuilder("{");
        String separator = "\n";
        for (Map.Entry<String, List<Mapping>> entry : distribution.mappings().entrySet()) {
            out.append(separator)
                    .append("  ")
                    .append(StringLiterals.json(entry.getKey()))
                    .append(": [");
            String elementSeparator = "\n";
            for (Mapping mapping : entry.getValue()) {
                out.append(elementSeparator).append("    ");
                if (mapping.container() == null) {
                    out.append(StringLiterals.json(mapping.target()));
                } else {
                    out.append("{ \"target\": ")
                            .append(StringLiterals.json(mapping.target()))
                            .append(", \"container\": ")
                            .append(StringLiterals.json(mapping.container()))
                            .append(" }");
                }
                elementSeparator = ",\n";
            }
            out.append(entry.getValue().isEmpty() ? "]" : "\n  ]");
            separator = ",\n";
        }
        return out.append(distribution.mappings().isEmpty() ? "}\n" : "\n}\n").toString();
    }

    private static String xml(Distribution distribution) {
        StringBuilder out =
                new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<distribution>\n");
        for (Map.Entry<String, List<Mapping>> entry : distribution.mappings().entrySet()) {
            out.append("  <service name=\"").append(XmlText.escape(entry.getKey())).append("\">\n");
            for (Mapping mapping : entry.getValue()) {
                out.append("    <mapping>\n      <target>")
                        .append(XmlText.escape(mapping.target()))
                        .append("</target>\n");
                if (mapping.container() != null) {
                    out.append("      <container>")
                            .append(XmlText.escape(mapping.container()))
                            .append("</container>\n");
                }
                out.append("    </mapping>\n");
            }
            out.append("  </service>\n");
        }
        return out.append("</distribution>\n").toString();
    }
}
