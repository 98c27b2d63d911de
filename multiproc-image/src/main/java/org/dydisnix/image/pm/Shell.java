package org.dydisnix.image.pm;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Quoting for POSIX shells (and for supervisord's shlex-parsed {@code command=}). */
public final class Shell {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9,._+:@%/=-]+");

    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Shell() {}

    /** True when {@code name} can be a shell (and supervisord environment) variable name. */
    public static boolean isVariableName(String name) {
        return VARIABLE.matcher(name).matches();
    }

    /** The text with control characters shown as escapes, for messages. */
    public static String printable(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * The word as one shell word: as is when it needs no quotes, else single-quoted (a newline
     * stays inside the quotes).
     *
     * @throws IllegalArgumentException for a NUL character, which no shell word can hold
     */
    public static String quote(String word) {
        if (word.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a shell word cannot hold a NUL character");
        }
        if (SAFE.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** The words quoted and joined by spaces. */
    public static String join(List<String> words) {
        return words.stream().map(Shell::quote).collect(Collectors.joining(" "));
    }
}
