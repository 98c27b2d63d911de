package org.dydisnix.model;

/** Quotes strings as Nix and JSON literals, escaped the way Nix itself prints them. */
public final class StringLiterals {

    private StringLiterals() {}

    /** Appends {@code text} as a Nix string literal ({@code ${} escaped as {@code \${}). */
    public static void appendNix(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"', '\\' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '$' ->
                        out.append(
                                i + 1 < text.length() && text.charAt(i + 1) == '{' ? "\\$" : "$");
                default -> out.append(c);
            }
        }
        out.append('"');
    }

    /** Appends {@code text} as a JSON string literal (control characters as {@code \\uXXXX}). */
    public static void appendJson(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"', '\\' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 32) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** {@code text} as a Nix string literal. */
    public static String nix(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        appendNix(out, text);
        return out.toString();
    }

    /** {@code text} as a JSON string literal. */
    public static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        appendJson(out, text);
        return out.toString();
    }
}
