package org.dydisnix.nix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dydisnix.model.SourcePosition;

/**
 * {@code builtins.fromTOML}: TOML 1.0 documents as Nix values (tables as sets, arrays as lists).
 * Dates and times are refused, as Nix does without its experimental parse-toml-timestamps.
 */
final class Toml {
    private final String text;
    private final SourcePosition at;
    private int pos;
    private final TreeMap<String, Object> root = new TreeMap<>();

    private Toml(String text, SourcePosition at) {
        this.text = text;
        this.at = at;
    }

    static NixAttrs parse(String text, SourcePosition at) {
        Toml toml = new Toml(text, at);
        toml.document();
        return (NixAttrs) toNix(toml.root);
    }

    @SuppressWarnings("unchecked")
    private static Object toNix(Object value) {
        if (value instanceof Map<?, ?> map) {
            TreeMap<String, Attr> attrs = new TreeMap<>();
            ((Map<String, Object>) map)
                    .forEach((k, v) -> attrs.put(k, new Attr(Thunk.of(toNix(v)), null)));
            return new NixAttrs(attrs, null);
        }
        if (value instanceof List<?> list) {
            List<Thunk> items = new ArrayList<>();
            list.forEach(item -> items.add(Thunk.of(toNix(item))));
            return Builtins.list(items);
        }
        return value;
    }

    private NixError error(String problem) {
        int line = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return NixError.of(
                NixError.Kind.EVAL, at, "while parsing TOML: line " + line + ": " + problem);
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private boolean eof() {
        return pos >= text.length();
    }

    private void spaces() {
        while (!eof() && (peek() == ' ' || peek() == '\t')) {
            pos++;
        }
    }

    private void endOfLine() {
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

    private void document() {
        Map<String, Object> current = root;
        while (true) {
            while (!eof()) {
                spaces();
                if (peek() == '#' || peek() == '\n' || peek() == '\r') {
                    endOfLine();
                } else {
                    break;
                }
            }
            if (eof()) {
                return;
            }
            if (text.startsWith("[[", pos)) {
                pos += 2;
                List<String> keys = key();
                expect("]]");
                current = arrayTable(keys);
            } else if (peek() == '[') {
                pos++;
                List<String> keys = key();
                expect("]");
                current = table(root, keys, true);
            } else {
                keyValue(current);
            }
            endOfLine();
        }
    }

    private void expect(String s) {
        spaces();
        if (!text.startsWith(s, pos)) {
            throw error("expected '" + s + "'");
        }
        pos += s.length();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> table(Map<String, Object> from, List<String> keys, boolean header) {
        Map<String, Object> current = from;
        for (int i = 0; i < keys.size(); i++) {
            Object next = current.get(keys.get(i));
            if (next == null) {
                next = new TreeMap<String, Object>();
                current.put(keys.get(i), next);
            } else if (next instanceof List<?> list
                    && !list.isEmpty()
                    && list.get(list.size() - 1) instanceof Map<?, ?> last) {
                next = last;
            } else if (!(next instanceof Map)) {
                throw error("key '" + keys.get(i) + "' is already defined");
            }
            current = (Map<String, Object>) next;
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> arrayTable(List<String> keys) {
        Map<String, Object> parent = table(root, keys.subList(0, keys.size() - 1), true);
        String last = keys.get(keys.size() - 1);
        Object existing = parent.get(last);
        List<Object> list;
        if (existing == null) {
            list = new ArrayList<>();
            parent.put(last, list);
        } else if (existing instanceof List<?>) {
            list = (List<Object>) existing;
        } else {
            throw error("key '" + last + "' is already defined");
        }
        Map<String, Object> table = new TreeMap<>();
        list.add(table);
        return table;
    }

    private void keyValue(Map<String, Object> into) {
        List<String> keys = key();
        expect("=");
        spaces();
        Object value = value();
        Map<String, Object> target = table(into, keys.subList(0, keys.size() - 1), false);
        String last = keys.get(keys.size() - 1);
        if (target.containsKey(last)) {
            throw error("key '" + last + "' is already defined");
        }
        target.put(last, value);
    }

    private List<String> key() {
        List<String> keys = new ArrayList<>();
        while (true) {
            spaces();
            char c = peek();
            if (c == '"') {
                keys.add(basicString());
            } else if (c == '\'') {
                keys.add(literalString());
            } else {
                int start = pos;
                while (!eof()
                        && (Character.isLetterOrDigit(peek()) && peek() < 128
                                || peek() == '_'
                                || peek() == '-')) {
                    pos++;
                }
                if (start == pos) {
                    throw error("expected a key");
                }
                keys.add(text.substring(start, pos));
            }
            spaces();
            if (peek() != '.') {
                return keys;
            }
            pos++;
        }
    }

    private Object value() {
        char c = peek();
        if (text.startsWith("\"\"\"", pos)) {
            return NixString.of(multiline(true));
        }
        if (text.startsWith("'''", pos)) {
            return NixString.of(multiline(false));
        }
        if (c == '"') {
            return NixString.of(basicString());
        }
        if (c == '\'') {
            return NixString.of(literalString());
        }
        if (c == '[') {
            pos++;
            List<Object> items = new ArrayList<>();
            while (true) {
                blank();
                if (peek() == ']') {
                    pos++;
                    return items;
                }
                items.add(value());
                blank();
                if (peek() == ',') {
                    pos++;
                } else if (peek() != ']') {
                    throw error("expected ',' or ']' in an array");
                }
            }
        }
        if (c == '{') {
            pos++;
            Map<String, Object> table = new TreeMap<>();
            spaces();
            if (peek() == '}') {
                pos++;
                return table;
            }
            while (true) {
                keyValue(table);
                spaces();
                if (peek() == ',') {
                    pos++;
                } else if (peek() == '}') {
                    pos++;
                    return table;
                } else {
                    throw error("expected ',' or '}' in an inline table");
                }
            }
        }
        if (text.startsWith("true", pos)) {
            pos += 4;
            return true;
        }
        if (text.startsWith("false", pos)) {
            pos += 5;
            return false;
        }
        return number();
    }

    private void blank() {
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

    private Object number() {
        int start = pos;
        while (!eof() && "0123456789abcdefABCDEFxXoOeE+-_.:TtZz".indexOf(peek()) >= 0) {
            pos++;
        }
        String raw = text.substring(start, pos);
        if (raw.isEmpty()) {
            throw error("expected a value");
        }
        if (raw.matches("\\d{4}-\\d{2}-\\d{2}.*") || raw.matches("\\d{2}:\\d{2}.*")) {
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

    private String literalString() {
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

    private String basicString() {
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

    private void escape(StringBuilder out) {
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

    private String multiline(boolean basic) {
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
