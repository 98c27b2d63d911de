package org.dydisnix.nix;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dydisnix.model.SourcePosition;

/** Reads JSON text into Nix values, as {@code builtins.fromJSON} does. */
final class JsonReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReader() {}

    static Object read(String text, SourcePosition at) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw NixError.of(NixError.Kind.EVAL, at, "JSON document is empty");
            }
            return convert(node);
        } catch (JsonProcessingException e) {
            throw NixError.of(
                    NixError.Kind.EVAL, at, "cannot parse JSON: " + e.getOriginalMessage());
        }
    }

    private static Object convert(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, Attr> attrs = new TreeMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
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
        } else if (node.isIntegralNumber()
                && node.bigIntegerValue().bitLength() <= 64
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
