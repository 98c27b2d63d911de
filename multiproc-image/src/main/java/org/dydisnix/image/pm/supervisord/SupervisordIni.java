package org.dydisnix.image.pm.supervisord;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dydisnix.image.pm.Shell;

/**
 * The grammar of supervisord's configuration files, written once: an option line is {@code
 * key=value} read by Python's configparser (no newlines; whitespace followed by {@code ;} or {@code
 * #} starts a comment), values are {@code %}-expanded, and {@code environment} is split by a
 * non-POSIX shlex whose quotes have no escapes and whose values lose every leading and trailing
 * quote character.
 */
final class SupervisordIni {
    private static final Pattern OPTION_KEY = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern INLINE_COMMENT = Pattern.compile("(?s).*\\s[;#].*");

    private SupervisordIni() {}

    /** True when {@code key} can be an option name of a section. */
    static boolean isOptionKey(String key) {
        return OPTION_KEY.matcher(key).matches();
    }

    /**
     * True when {@code text} survives as (part of) one option value: no control characters, no
     * comment start, no leading or trailing whitespace.
     */
    static boolean isLineSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return false;
            }
        }
        return !INLINE_COMMENT.matcher(text).matches() && text.strip().equals(text);
    }

    /** The value with {@code %} doubled, so that supervisord's expansion gives it back. */
    static String expandable(String value) {
        return value.replace("%", "%%");
    }

    /**
     * True when supervisord reads {@code value} back exactly from an {@code environment} entry: it
     * fits one line, can be quoted by a quote character it does not contain, and neither starts nor
     * ends with a quote character.
     */
    static boolean isEnvironmentValue(String value) {
        if (!isLineSafe(value)) {
            return false;
        }
        if (!value.isEmpty()
                && ("'\"".indexOf(value.charAt(0)) >= 0
                        || "'\"".indexOf(value.charAt(value.length() - 1)) >= 0)) {
            return false;
        }
        return !(value.contains("\"") && value.contains("'"));
    }

    /** The {@code environment=} value: {@code K="v",...}, each value quoted for non-POSIX shlex. */
    static String environment(Map<String, String> environment) {
        return environment.entrySet().stream()
                .map(e -> e.getKey() + "=" + quoteEnvironmentValue(e.getValue()))
                .collect(Collectors.joining(","));
    }

    private static String quoteEnvironmentValue(String value) {
        if (!isEnvironmentValue(value)) {
            throw new IllegalArgumentException(
                    "not a supervisord environment value: " + Shell.printable(value));
        }
        char quote = value.contains("\"") ? '\'' : '"';
        return quote + expandable(value) + quote;
    }
}
