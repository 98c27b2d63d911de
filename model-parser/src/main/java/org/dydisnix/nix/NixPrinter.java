package org.dydisnix.nix;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** Prints values in Nix syntax as {@code nix-instantiate --eval --strict} does. */
final class NixPrinter {

    private final Evaluator ev;
    private final boolean strict;
    private final StringBuilder out = new StringBuilder();
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private NixPrinter(Evaluator ev, boolean strict) {
        this.ev = ev;
        this.strict = strict;
    }

    static String print(Evaluator ev, Object value) {
        return print(ev, value, true);
    }

    /**
     * Prints a value; unless {@code strict}, values not computed yet are printed as {@code <CODE>}
     * (as {@code nix-instantiate --eval} without {@code --strict} does) instead of being forced.
     */
    static String print(Evaluator ev, Object value, boolean strict) {
        NixPrinter printer = new NixPrinter(ev, strict);
        printer.value(value);
        return printer.out.toString();
    }

    private void value(Object value) {
        if (value instanceof Long l) {
            out.append(l);
        } else if (value instanceof Double d) {
            out.append(Floats.format(d));
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value == NixNull.NULL) {
            out.append("null");
        } else if (value instanceof NixString s) {
            string(out, s.text());
        } else if (value instanceof NixPath p) {
            out.append(p.path());
        } else if (value instanceof NixList list) {
            if (list.size() > 0 && !seen.add(list)) {
                out.append("«repeated»");
                return;
            }
            out.append("[ ");
            for (Thunk item : list.items()) {
                if (!strict && !item.isForced()) {
                    out.append("<CODE>");
                } else {
                    value(item.force(ev));
                }
                out.append(' ');
            }
            out.append(']');
        } else if (value instanceof NixAttrs attrs) {
            if (attrs.size() > 0 && !seen.add(attrs)) {
                out.append("«repeated»");
                return;
            }
            out.append("{ ");
            for (int i = 0; i < attrs.names.length; i++) {
                name(attrs.names[i]);
                out.append(" = ");
                if (!strict && !attrs.values[i].value().isForced()) {
                    out.append("<CODE>");
                } else {
                    value(ev.forceAttr(attrs.values[i], attrs.names[i]));
                }
                out.append("; ");
            }
            out.append('}');
        } else if (value instanceof Closure) {
            out.append("<LAMBDA>");
        } else if (value instanceof PrimOp) {
            out.append("<PRIMOP>");
        } else {
            out.append("<PRIMOP-APP>");
        }
    }

    private void name(String name) {
        if (Words.isId(name) && !name.equals("if")) {
            out.append(name);
        } else {
            string(out, name);
        }
    }

    static void string(StringBuilder out, String s) {
        org.dydisnix.model.StringLiterals.appendNix(out, s);
    }
}
