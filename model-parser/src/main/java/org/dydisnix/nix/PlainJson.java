package org.dydisnix.nix;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes plain Java data (String, Long, Double, Boolean, null, List, Map) as Nix-style JSON. */
final class PlainJson {

    private PlainJson() {}

    static String print(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            JsonPrinter.string(out, s);
        } else if (value instanceof Double d) {
            out.append(Floats.format(d));
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i > 0 ? "," : "");
                write(out, list.get(i));
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : new TreeMap<>(map).entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                JsonPrinter.string(out, String.valueOf(entry.getKey()));
                out.append(':');
                write(out, entry.getValue());
            }
            out.append('}');
        } else {
            JsonPrinter.string(out, value.toString());
        }
    }
}
