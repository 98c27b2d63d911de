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
final class Toml extends TomlReader {
    private final TreeMap<String, Object> root = new TreeMap<>();

    private Toml(String text, SourcePosition at) {
        super(text, at);
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
            for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
                attrs.put(entry.getKey(), new Attr(Thunk.of(toNix(entry.getValue())), null));
            }
            return new NixAttrs(attrs, null);
        }
        if (value instanceof List<?> list) {
            List<Thunk> items = new ArrayList<>();
            for (Object item : list) {
                items.add(Thunk.of(toNix(item)));
            }
            return Builtins.list(items);
        }
        return value;
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
}
