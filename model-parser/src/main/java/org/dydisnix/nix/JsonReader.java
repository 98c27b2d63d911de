package org.dydisnix.nix;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dydisnix.model.SourcePosition;

/** Reads JSON text into Nix values, as {@code builtins.fromJSON} does. */
final class JsonReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReader() {
    }

    static Object read(String text, SourcePosition at) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw NixError.of(NixError.Kind.EVAL, at, "JSON document is empty");
            }
            return convert(node);
        } catch (JsonProcessingException e) {
            throw NixError.of(NixError.Kind.EVAL, at, "cannot parse JSON: " + e.getOriginalMessage());
        }
    }

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
            map.forEach((k, v) -> attrs.put(String.valueOf(k), new Attr(Thunk.of(fromPlain(v)), null)));
            return new NixAttrs(attrs, null);
        }
        throw new IllegalArgumentException("cannot convert " + value.getClass().getName() + " to a Nix value");
    }

    private static Object convert(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, Attr> attrs = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                attrs.put(field.getKey(), new Attr(Thunk.of(convert(field.getValue())), null));
            }
            return new NixAttrs(attrs, null);
        } else if (node.isArray()) {
            List<Thunk> items = new ArrayList<>();
            node.forEach(item -> items.add(Thunk.of(convert(item))));
            return Builtins.list(items);
        } else if (node.isTextual()) {
            return NixString.of(node.textValue());
        } else if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        } else if (node.isIntegralNumber() && node.bigIntegerValue().bitLength() <= 64
                && node.bigIntegerValue().signum() > 0) {
            return node.bigIntegerValue().longValue();
        } else if (node.isNumber()) {
            return node.doubleValue();
        } else if (node.isBoolean()) {
            return node.booleanValue();
        }
        return NixNull.NULL;
    }
}
