package org.dydisnix.nix;

/**
 * The lengths of the word tokens of Nix's lexer (identifier, integer, float, path, home path,
 * search path, URI) matched at a position, as their regular expressions in Nix's lexer match; 0
 * where none matches.
 */
final class Words {
    private Words() {}

    /** {@code [a-zA-Z_][a-zA-Z0-9_'-]*} */
    static int id(char[] s, int from, int size) {
        if (from >= size || !(letter(s[from]) || s[from] == '_')) {
            return 0;
        }
        int end = from + 1;
        while (end < size && idChar(s[end])) {
            end++;
        }
        return end - from;
    }

    /** Whether the whole text is an identifier: {@code [a-zA-Z_][a-zA-Z0-9_'-]*}. */
    static boolean isId(String text) {
        if (text.isEmpty() || !(letter(text.charAt(0)) || text.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (!idChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code [0-9]+} */
    static int integer(char[] s, int from, int size) {
        return digits(s, from, size) - from;
    }

    /** {@code (([1-9][0-9]*\.[0-9]*)|(0?\.[0-9]+))([Ee][+-]?[0-9]+)?} */
    static int floating(char[] s, int from, int size) {
        int end;
        if (from < size && s[from] >= '1' && s[from] <= '9') {
            end = digits(s, from + 1, size);
            if (end >= size || s[end] != '.') {
                return 0;
            }
            end = digits(s, end + 1, size);
        } else {
            int dot = from < size && s[from] == '0' ? from + 1 : from;
            if (dot >= size || s[dot] != '.') {
                return 0;
            }
            end = digits(s, dot + 1, size);
            if (end == dot + 1) {
                return 0;
            }
        }
        if (end < size && (s[end] == 'e' || s[end] == 'E')) {
            int sign = end + 1 < size && (s[end + 1] == '+' || s[end + 1] == '-') ? 1 : 0;
            int exponent = digits(s, end + 1 + sign, size);
            if (exponent > end + 1 + sign) {
                end = exponent;
            }
        }
        return end - from;
    }

    /** {@code P*(/P+)+/?} where P is a path character. */
    static int path(char[] s, int from, int size) {
        return segments(s, pathChars(s, from, size), size, from);
    }

    /** {@code ~(/P+)+/?} */
    static int homePath(char[] s, int from, int size) {
        return from < size && s[from] == '~' ? segments(s, from + 1, size, from) : 0;
    }

    /** {@code <P+(/P+)*>} */
    static int searchPath(char[] s, int from, int size) {
        if (from >= size || s[from] != '<') {
            return 0;
        }
        int end = pathChars(s, from + 1, size);
        if (end == from + 1) {
            return 0;
        }
        while (end + 1 < size && s[end] == '/' && pathChar(s[end + 1])) {
            end = pathChars(s, end + 1, size);
        }
        return end < size && s[end] == '>' ? end + 1 - from : 0;
    }

    /** {@code [a-zA-Z][a-zA-Z0-9+\-.]*:[a-zA-Z0-9%/?:@&=+$,\-_.!~*']+} */
    static int uri(char[] s, int from, int size) {
        if (from >= size || !letter(s[from])) {
            return 0;
        }
        int end = from + 1;
        while (end < size && (letter(s[end]) || digit(s[end]) || "+-.".indexOf(s[end]) >= 0)) {
            end++;
        }
        if (end >= size || s[end] != ':') {
            return 0;
        }
        int rest = end + 1;
        while (rest < size && uriChar(s[rest])) {
            rest++;
        }
        return rest > end + 1 ? rest - from : 0;
    }

    /** {@code P* /\$\{}: a path up to its first interpolation, the {@code /${} included. */
    static int pathStart(char[] s, int from, int size) {
        int end = pathChars(s, from, size);
        return interpolatedSlash(s, end, size) ? end + 3 - from : 0;
    }

    /** {@code ~/\$\{} */
    static int homePathStart(char[] s, int from, int size) {
        return from < size && s[from] == '~' && interpolatedSlash(s, from + 1, size) ? 4 : 0;
    }

    /** {@code [a-zA-Z0-9_'-]}: a character of an identifier after its first. */
    static boolean idChar(char c) {
        return letter(c) || digit(c) || c == '_' || c == '\'' || c == '-';
    }

    /** {@code [a-zA-Z0-9._+-]}: a character of a path segment. */
    static boolean pathChar(char c) {
        return letter(c) || digit(c) || c == '.' || c == '_' || c == '-' || c == '+';
    }

    /** A character of a URI after its scheme's colon. */
    static boolean uriChar(char c) {
        return letter(c) || digit(c) || "%/?:@&=+$,-_.!~*'".indexOf(c) >= 0;
    }

    private static boolean interpolatedSlash(char[] s, int at, int size) {
        return at + 2 < size && s[at] == '/' && s[at + 1] == '$' && s[at + 2] == '{';
    }

    /** One or more {@code /P+} from {@code at}, then an optional slash; the length from start. */
    private static int segments(char[] s, int at, int size, int start) {
        int end = at;
        while (end + 1 < size && s[end] == '/' && pathChar(s[end + 1])) {
            end = pathChars(s, end + 1, size);
        }
        if (end == at) {
            return 0;
        }
        return (end < size && s[end] == '/' ? end + 1 : end) - start;
    }

    private static int pathChars(char[] s, int at, int size) {
        while (at < size && pathChar(s[at])) {
            at++;
        }
        return at;
    }

    private static int digits(char[] s, int at, int size) {
        while (at < size && digit(s[at])) {
            at++;
        }
        return at;
    }

    private static boolean letter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
