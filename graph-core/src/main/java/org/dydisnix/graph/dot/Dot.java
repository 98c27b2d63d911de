package org.dydisnix.graph.dot;

/**
 * Quoting and escaping rules for DOT identifiers, labels and record labels.
 *
 * <p>{@link #quote(String)} makes any text a safe quoted DOT string: backslash and double quote are
 * escaped, line breaks ({@code \r\n}, {@code \r}, {@code \n}) become the DOT escape {@code \n},
 * other control characters are replaced by their Unicode control pictures (U+2400 block), and all
 * other characters, including non-ASCII, are kept as they are (DOT files are UTF-8). Distinct texts
 * give distinct quoted strings, except for texts that already contain control pictures.
 */
public final class Dot {
    private Dot() {}

    /**
     * Quotes and escapes a text so that Graphviz reads it back literally.
     *
     * @param text any text
     * @return the quoted DOT string, including the surrounding double quotes
     */
    public static String quote(String text) {
        return quote(text, true);
    }

    /**
     * Quotes a raw label whose backslash escapes are kept (for record labels and {@code \l}-style
     * line ends).
     *
     * <p>Only double quotes, line breaks and control characters are escaped; the caller is
     * responsible for the backslash sequences, for example through {@link #recordField(String)}.
     *
     * @param raw a label in Graphviz escape syntax
     * @return the quoted DOT string
     */
    public static String quoteRaw(String raw) {
        return quote(raw, false);
    }

    private static String quote(String text, boolean escapeBackslash) {
        StringBuilder sb = new StringBuilder(text.length() + 2);
        sb.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> sb.append(escapeBackslash ? "\\\\" : "\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                case '\r' -> {
                    sb.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\t' -> sb.append(c);
                default -> {
                    if (c < 0x20) {
                        sb.append((char) (0x2400 + c));
                    } else if (c == 0x7f) {
                        sb.append('\u2421');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        if (!escapeBackslash) {
            int trailing = 0;
            for (int i = sb.length() - 1; i > 0 && sb.charAt(i) == '\\'; i--) {
                trailing++;
            }
            if (trailing % 2 == 1) {
                sb.append('\\');
            }
        }
        return sb.append('"').toString();
    }

    /**
     * Escapes a text for use as one field of a record label: backslash and {@code | { } < >} get a
     * backslash.
     *
     * @param text the field text
     * @return the escaped field, to be combined with {@link #recordLabel(String...)} and {@link
     *     #quoteRaw(String)}
     */
    public static String recordField(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '|' || c == '{' || c == '}' || c == '<' || c == '>') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Escapes a record field that has a port name, giving {@code <port> text}.
     *
     * @param port the port name
     * @param text the field text
     * @return the escaped field
     */
    public static String recordField(String port, String text) {
        return "<" + recordField(port) + "> " + recordField(text);
    }

    /**
     * Joins already escaped record fields with {@code |}.
     *
     * @param escapedFields fields from {@link #recordField(String)} or {@link #recordField(String,
     *     String)}
     * @return the raw record label
     */
    public static String recordLabel(String... escapedFields) {
        return String.join("|", escapedFields);
    }

    static String attributeName(String key) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("attribute name cannot be empty");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean ok =
                    c == '_'
                            || (c >= 'a' && c <= 'z')
                            || (c >= 'A' && c <= 'Z')
                            || (i > 0 && c >= '0' && c <= '9');
            if (!ok) {
                return quote(key);
            }
        }
        return key;
    }
}
