package org.dydisnix.nix;

import java.util.Map;
import java.util.TreeMap;
import org.dydisnix.model.SourcePosition;

/**
 * A Nix attribute set: attributes sorted by name, with the position the set was written at. Each
 * set is a distinct object, so {@code ==} tells apart two sets with equal contents.
 */
final class NixAttrs {
    static final NixAttrs EMPTY = new NixAttrs(new TreeMap<>(), null);

    final TreeMap<String, Attr> attrs;
    final SourcePosition position;

    NixAttrs(TreeMap<String, Attr> attrs, SourcePosition position) {
        this.attrs = attrs;
        this.position = position;
    }

    static NixAttrs of(Map<String, Object> values) {
        TreeMap<String, Attr> attrs = new TreeMap<>();
        values.forEach(
                (name, value) ->
                        attrs.put(
                                name,
                                new Attr(value instanceof Thunk t ? t : Thunk.of(value), null)));
        return new NixAttrs(attrs, null);
    }

    Attr get(String name) {
        return attrs.get(name);
    }

    int size() {
        return attrs.size();
    }

    /** Whether this set is a derivation ({@code type = "derivation"}). */
    boolean isDerivation(Evaluator evaluator) {
        Attr type = attrs.get("type");
        if (type == null) {
            return false;
        }
        Object value = type.value().force(evaluator);
        return value instanceof NixString s && s.text().equals("derivation");
    }
}
