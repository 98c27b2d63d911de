package org.dydisnix.nix;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.dydisnix.model.SourcePosition;

/** Coercion of values to strings, as by interpolation, {@code +} and {@code toString}. */
final class Strings {

    private Strings() {}

    /**
     * @param more also coerce numbers, Booleans, null and lists ({@code toString})
     * @param copyToStore turn paths into the store paths they would be copied to
     */
    static NixString coerce(
            Evaluator ev, Object value, SourcePosition at, boolean more, boolean copyToStore) {
        if (value instanceof NixString s) {
            return s;
        }
        if (value instanceof NixPath p) {
            if (copyToStore) {
                String storePath = ev.session().store().addPath(p.path(), at);
                return new NixString(storePath, Map.of(storePath, NixString.NO_FILE));
            }
            return NixString.of(p.path());
        }
        if (value instanceof NixAttrs attrs) {
            Attr toString = attrs.get("__toString");
            if (toString != null) {
                Object result = ev.call(ev.forceAttr(toString, "__toString"), Thunk.of(attrs), at);
                return coerce(ev, result, at, more, copyToStore);
            }
            Attr outPath = attrs.get("outPath");
            if (outPath != null) {
                return coerce(ev, ev.forceAttr(outPath, "outPath"), at, more, copyToStore);
            }
        }
        if (more) {
            if (value instanceof Long l) {
                return NixString.of(Long.toString(l));
            }
            if (value instanceof Double d) {
                return NixString.of(Floats.fixed(d));
            }
            if (value instanceof Boolean b) {
                return NixString.of(b ? "1" : "");
            }
            if (value == NixNull.NULL) {
                return NixString.of("");
            }
            if (value instanceof NixList list) {
                StringBuilder text = new StringBuilder();
                Map<String, String> context = NixString.NO_CONTEXT;
                for (int i = 0; i < list.size(); i++) {
                    Object item = list.items().get(i).force(ev);
                    NixString s = coerce(ev, item, at, true, copyToStore);
                    text.append(s.text());
                    context = NixString.merge(context, s.context());
                    if (i < list.size() - 1 && !(item instanceof NixList l && l.size() == 0)) {
                        text.append(' ');
                    }
                }
                return new NixString(text.toString(), context);
            }
        }
        throw NixError.type(at, "cannot coerce " + Types.show(value) + " to a string");
    }

    /** Orders strings by their UTF-8 bytes, as Nix compares strings. */
    static int compareBytes(String a, String b) {
        if (isAscii(a) && isAscii(b)) {
            return a.compareTo(b);
        }
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.compareUnsigned(x, y);
    }

    private static boolean isAscii(String s) {
        return isAscii(s, s.length());
    }

    /** Whether the first {@code n} characters are ASCII: there, bytes and characters coincide. */
    static boolean isAscii(String s, int n) {
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
