package org.dydisnix.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Prints a distribution as the Nix expression Disnix reads: {@code {infrastructure}: { svc = [
 * infrastructure.t1 ]; }}, services sorted, a container mapping as {@code { targets = [ { target =
 * infrastructure.t1; container = "c"; } ]; }}.
 */
public final class DistributionExpression {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_'-]*");
    private static final Set<String> KEYWORDS =
            Set.of("if", "then", "else", "assert", "with", "let", "in", "rec", "inherit", "or");

    private DistributionExpression() {}

    /** The distribution as a Nix function of {@code {infrastructure}}. */
    public static String write(Distribution distribution) {
        StringBuilder out = new StringBuilder("{infrastructure}:\n\n");
        if (distribution.mappings().isEmpty()) {
            return out.append("{ }\n").toString();
        }
        out.append("{\n");
        for (Map.Entry<String, List<Mapping>> entry : distribution.mappings().entrySet()) {
            List<Mapping> mappings = entry.getValue();
            out.append("  ").append(attribute(entry.getKey())).append(" = ");
            boolean containers = mappings.stream().anyMatch(m -> m.container() != null);
            if (containers) {
                out.append("{\n    targets = [\n");
                for (Mapping mapping : mappings) {
                    out.append("      { target = ").append(target(mapping.target()));
                    if (mapping.container() != null) {
                        out.append("; container = ")
                                .append(StringLiterals.nix(mapping.container()));
                    }
                    out.append("; }\n");
                }
                out.append("    ];\n  };\n");
            } else if (mappings.isEmpty()) {
                out.append("[ ];\n");
            } else {
                out.append("[\n");
                for (Mapping mapping : mappings) {
                    out.append("    ").append(target(mapping.target())).append('\n');
                }
                out.append("  ];\n");
            }
        }
        return out.append("}\n").toString();
    }

    private static String target(String key) {
        return "infrastructure." + attribute(key);
    }

    /** A name as a Nix attribute: bare when it is an identifier, quoted otherwise. */
    static String attribute(String name) {
        return IDENTIFIER.matcher(name).matches() && !KEYWORDS.contains(name)
                ? name
                : StringLiterals.nix(name);
    }
}
