package org.dydisnix.nix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Converts plain Java data (as read from JSON or YAML, or given as arguments) to Nix values. */
final class PlainValues {

    private PlainValues() {}

    /** Converts plain Java data (String, Number, Boolean, null, List, Map) to a Nix value. */
    static Object fromPlain(Object value) {
        if (value == null) {
            return NixNull.NULL;
        } else if (value instanceof String s) {
            return NixString.of(s);
        } else if (value instanceof Double || value instanceof Float) {
            return ((Number) value).doubleValue();
        } else if (value instanceof Number n) {
            return n.longValue();
        } else if (value instanceof Boolean b) {
            return b;
        } else if (value instanceof java.nio.file.Path p) {
            return new NixPath(Paths.canonical(p.toAbsolutePath().toString()));
        } else if (value instanceof List<?> list) {
            List<Thunk> items = new ArrayList<>();
            list.forEach(item -> items.add(Thunk.of(fromPlain(item))));
            return Builtins.list(items);
        } else if (value instanceof Map<?, ?> map) {
            TreeMap<String, Attr> attrs = new TreeMap<>();
            map.forEach(
                    (k, v) -> attrs.put(String.valueOf(k), new Attr(Thunk.of(fromPlain(v)), null)));
            return new NixAttrs(attrs, null);
        }
        throw new IllegalArgumentException(
                "cannot convert " + value.getClass().getName() + " to a Nix value");
    }
}
