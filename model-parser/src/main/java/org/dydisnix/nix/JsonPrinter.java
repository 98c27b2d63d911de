package org.dydisnix.nix;

import java.util.Map;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.SourcePosition;

/**
 * Converts values to JSON by the rules of {@code nix-instantiate --eval --strict --json} and {@code
 * builtins.toJSON}: sorted attribute names, sets with {@code outPath} (derivations) as that path,
 * paths as the store paths they are copied to, functions an error.
 */
public final class JsonPrinter {
    private final Evaluator ev;
    private final boolean strict;
    private final StringBuilder out = new StringBuilder();
    private Map<String, String> context = NixString.NO_CONTEXT;

    private JsonPrinter(Evaluator ev, boolean strict) {
        this.ev = ev;
        this.strict = strict;
    }

    /** The JSON text of a fully forced model node (a Nix value, or any other node's plain data). */
    public static String print(ModelNode node) {
        return print(node, true);
    }

    /**
     * @param strict force unevaluated parts; otherwise they are an error, as without {@code
     *     --strict}
     */
    public static String print(ModelNode node, boolean strict) {
        if (node instanceof NixModelNode nix) {
            return Guard.run(new Printing(nix, strict));
        }
        return PlainJson.print(node.toPlain());
    }

    static NixString toJson(Evaluator ev, Object value, SourcePosition at) {
        JsonPrinter printer = new JsonPrinter(ev, true);
        printer.value(Thunk.of(value), at);
        return new NixString(printer.out.toString(), printer.context);
    }

    private void value(Thunk thunk, SourcePosition at) {
        if (!strict && !thunk.isForced()) {
            throw NixError.type(at, "cannot convert a thunk to JSON");
        }
        Object value = thunk.force(ev);
        if (value instanceof NixString s) {
            context = NixString.merge(context, s.context());
            string(out, s.text());
        } else if (value instanceof Long l) {
            out.append(l);
        } else if (value instanceof Double d) {
            out.append(Floats.format(d));
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value == NixNull.NULL) {
            out.append("null");
        } else if (value instanceof NixPath p) {
            string(out, ev.session().store().addPath(p.path(), at));
        } else if (value instanceof NixList list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                value(list.items().get(i), at);
            }
            out.append(']');
        } else if (value instanceof NixAttrs attrs) {
            attrs(attrs, at);
        } else {
            throw NixError.type(at, "cannot convert " + Types.show(value) + " to JSON");
        }
    }

    private void attrs(NixAttrs attrs, SourcePosition at) {
        if (attrs.get("__toString") != null) {
            NixString s = Strings.coerce(ev, attrs, at, false, false);
            context = NixString.merge(context, s.context());
            string(out, s.text());
            return;
        }
        Attr outPath = attrs.get("outPath");
        if (outPath != null) {
            try {
                value(outPath.value(), at);
            } catch (NixError e) {
                throw e.addTrace(outPath.position(), "while evaluating the attribute 'outPath'");
            }
            return;
        }
        out.append('{');
        boolean first = true;
        for (int i = 0; i < attrs.names.length; i++) {
            String name = attrs.names[i];
            Attr attr = attrs.values[i];
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, name);
            out.append(':');
            try {
                value(attr.value(), attr.position() == null ? at : attr.position());
            } catch (NixError e) {
                throw e.addTrace(attr.position(), "while evaluating the attribute '" + name + "'");
            }
        }
        out.append('}');
    }

    /** Appends a string quoted and escaped as Nix writes JSON strings. */
    static void string(StringBuilder out, String s) {
        org.dydisnix.model.StringLiterals.appendJson(out, s);
    }

    /** Printing a node, run by {@link Guard}. */
    private record Printing(NixModelNode nix, boolean strict)
            implements java.util.function.Supplier<String> {
        @Override
        public String get() {
            JsonPrinter printer = new JsonPrinter(nix.evaluator(), strict);
            nix.value();
            printer.value(nix.thunk(), nix.position());
            return printer.out.toString();
        }
    }
}
