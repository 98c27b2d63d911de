package org.dydisnix.nix;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.dydisnix.model.SourcePosition;

/**
 * POSIX extended regular expressions (as {@code builtins.match} takes them) translated to Java
 * patterns.
 */
final class Regex {
    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, String> CLASSES =
            Map.ofEntries(
                    Map.entry("alpha", "\\p{Alpha}"),
                    Map.entry("digit", "0-9"),
                    Map.entry("alnum", "\\p{Alnum}"),
                    Map.entry("upper", "\\p{Upper}"),
                    Map.entry("lower", "\\p{Lower}"),
                    Map.entry("space", "\\s\\x0B"),
                    Map.entry("blank", " \\t"),
                    Map.entry("punct", "\\p{Punct}"),
                    Map.entry("xdigit", "0-9A-Fa-f"),
                    Map.entry("cntrl", "\\p{Cntrl}"),
                    Map.entry("print", "\\p{Print}"),
                    Map.entry("graph", "\\p{Graph}"));

    private Regex() {}

    static Pattern compile(String regex, SourcePosition at) {
        Pattern cached = CACHE.get(regex);
        if (cached != null) {
            return cached;
        }
        try {
            Pattern pattern = Pattern.compile(translate(regex, at));
            if (CACHE.size() < 1000) {
                CACHE.put(regex, pattern);
            }
            return pattern;
        } catch (PatternSyntaxException | StackOverflowError e) {
            throw NixError.of(NixError.Kind.EVAL, at, "invalid regular expression '" + regex + "'");
        }
    }

    private static String translate(String regex, SourcePosition at) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                if (Character.isDigit(regex.charAt(i + 1))) {
                    throw NixError.of(
                            NixError.Kind.EVAL, at, "invalid regular expression '" + regex + "'");
                }
                out.append(c).append(regex.charAt(i + 1));
                i += 2;
            } else if (c == '[') {
                i = bracket(regex, i, out, at);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int bracket(String regex, int start, StringBuilder out, SourcePosition at) {
        int i = start + 1;
        out.append('[');
        if (i < regex.length() && regex.charAt(i) == '^') {
            out.append('^');
            i++;
        }
        boolean first = true;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == ']' && !first) {
                out.append(']');
                return i + 1;
            }
            first = false;
            if (c == '[' && i + 1 < regex.length() && regex.charAt(i + 1) == ':') {
                int end = regex.indexOf(":]", i + 2);
                if (end < 0) {
                    throw NixError.of(
                            NixError.Kind.EVAL, at, "invalid regular expression '" + regex + "'");
                }
                String name = regex.substring(i + 2, end);
                String translated = CLASSES.get(name);
                if (translated == null) {
                    throw NixError.of(
                            NixError.Kind.EVAL, at, "invalid regular expression '" + regex + "'");
                }
                out.append(translated);
                i = end + 2;
            } else if (c == '[' || c == ']' || c == '&' || c == '\\') {
                out.append('\\').append(c);
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        throw NixError.of(NixError.Kind.EVAL, at, "invalid regular expression '" + regex + "'");
    }
}
