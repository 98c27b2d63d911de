package org.dydisnix.nix;

import org.dydisnix.model.SourcePosition;

/** The lexical layer of the TOML reader: blanks, comments, strings, numbers and errors by line. */
abstract class TomlReader {
    final String text;
    final SourcePosition at;
    int pos;

    TomlReader(String text, SourcePosition at) {
        this.text = text;
        this.at = at;
    }

    NixError error(String problem) {
        int line = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return NixError.of(
                NixError.Kind.EVAL, at, "while parsing TOML: line " + line + ": " + problem);
    }

    char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    boolean eof() {
        return pos >= text.length();
    }

    void spaces() {
        while (!eof() && (peek() == ' ' || peek() == '\t')) {
            pos++;
        }
    }

    void endOfLine() {
        spaces();
        if (peek() == '#') {
            while (!eof() && peek() != '\n') {
                pos++;
            }
        }
        if (eof()) {
            return;
        }
        if (text.startsWith("\r\n", pos)) {
            pos += 2;
        } else if (peek() == '\n') {
            pos++;
        } else {
            throw error("expected the end of the line");
        }
    }

    void expect(String s) {
        spaces();
        if (!text.startsWith(s, pos)) {
            throw error("expected '" + s + "'");
        }
        pos += s.length();
    }

    void blank() {
        while (!eof()) {
            char c = peek();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else if (c == '#') {
                while (!eof() && peek() != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    /** Whether {@code raw} starts with the {@code shape}, each {@code d} in it a digit. */
    private static boolean startsLike(String raw, String shape) {
        if (raw.length() < shape.length()) {
            return false;
        }
        for (int i = 0; i < shape.length(); i++) {
            char c = raw.charAt(i);
            char s = shape.charAt(i);
            if (s == 'd' ? c < '0' || c > '9' : c != s) {
                return false;
            }
        }
        return true;
    }

    Object number() {
        int start = pos;
        while (!eof() && "0123456789abcdefABCDEFxXoOeE+-_.:TtZz".indexOf(peek()) >= 0) {
            pos++;
        }
        String raw = text.substring(start, pos);
        if (raw.isEmpty()) {
            throw error("expected a value");
        }
        if (startsLike(raw, "dddd-dd-dd") || startsLike(raw, "dd:dd")) {
            throw error("dates and times are not supported");
        }
        String s = raw.replace("_", "");
        try {
            switch (s) {
                case "inf", "+inf" -> {
                    return Double.POSITIVE_INFINITY;
                }
                case "-inf" -> {
                    return Double.NEGATIVE_INFINITY;
                }
                case "nan", "+nan", "-nan" -> {
                    return Double.NaN;
                }
                default -> {}
            }
            if (s.startsWith("0x")) {
                return Long.parseLong(s.substring(2), 16);
            }
            if (s.startsWith("0o")) {
                return Long.parseLong(s.substring(2), 8);
            }
            if (s.startsWith("0b")) {
                return Long.parseLong(s.substring(2), 2);
            }
            if (s.contains(".") || s.contains("e") || s.contains("E")) {
                return Double.parseDouble(s);
            }
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw error("invalid value '" + raw + "'");
        }
    }

    String literalString() {
        pos++;
        int end = text.indexOf('\'', pos);
        int newline = text.indexOf('\n', pos);
        if (end < 0 || (newline >= 0 && newline < end)) {
            throw error("unterminated string");
        }
        String s = text.substring(pos, end);
        pos = end + 1;
        return s;
    }

    String basicString() {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (eof() || peek() == '\n') {
                throw error("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                escape(out);
            } else {
                out.append(c);
            }
        }
    }

    void escape(StringBuilder out) {
        char e = eof() ? '\0' : text.charAt(pos++);
        switch (e) {
            case 'b' -> out.append('\b');
            case 't' -> out.append('\t');
            case 'n' -> out.append('\n');
            case 'f' -> out.append('\f');
            case 'r' -> out.append('\r');
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case 'u', 'U' -> {
                int length = e == 'u' ? 4 : 8;
                if (pos + length > text.length()) {
                    throw error("invalid escape");
                }
                try {
                    out.appendCodePoint(Integer.parseInt(text.substring(pos, pos + length), 16));
                } catch (IllegalArgumentException ex) {
                    throw error("invalid escape");
                }
                pos += length;
            }
            default -> throw error("invalid escape '\\" + e + "'");
        }
    }

    String multiline(boolean basic) {
        String delimiter = basic ? "\"\"\"" : "'''";
        pos += 3;
        if (text.startsWith("\r\n", pos)) {
            pos += 2;
        } else if (peek() == '\n') {
            pos++;
        }
        StringBuilder out = new StringBuilder();
        while (true) {
            if (eof()) {
                throw error("unterminated string");
            }
            if (text.startsWith(delimiter, pos)) {
                int quotes = 3;
                while (quotes < 5
                        && pos + quotes < text.length()
                        && text.charAt(pos + quotes) == delimiter.charAt(0)) {
                    quotes++;
                }
                out.append(
                        delimiter.charAt(0) == '"'
                                ? "\"".repeat(quotes - 3)
                                : "'".repeat(quotes - 3));
                pos += quotes;
                return out.toString();
            }
            char c = text.charAt(pos++);
            if (basic && c == '\\') {
                int save = pos;
                while (!eof() && (peek() == ' ' || peek() == '\t')) {
                    pos++;
                }
                if (peek() == '\n' || text.startsWith("\r\n", pos)) {
                    while (!eof() && Character.isWhitespace(peek())) {
                        pos++;
                    }
                } else {
                    pos = save;
                    escape(out);
                }
            } else {
                out.append(c);
            }
        }
    }
}
