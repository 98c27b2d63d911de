package org.dydisnix.nix;

import java.util.Map;
import java.util.TreeMap;
import org.dydisnix.model.SourcePosition;

/** Writes values in the XML format of {@code builtins.toXML}. */
final class XmlPrinter {
    private final Evaluator ev;
    private final SourcePosition at;
    private final StringBuilder out = new StringBuilder();
    private Map<String, String> context = NixString.NO_CONTEXT;

    private XmlPrinter(Evaluator ev, SourcePosition at) {
        this.ev = ev;
        this.at = at;
    }

    static NixString toXml(Evaluator ev, Object value, SourcePosition at) {
        XmlPrinter printer = new XmlPrinter(ev, at);
        printer.out.append("<?xml version='1.0' encoding='utf-8'?>\n<expr>\n");
        printer.value(value, 1);
        printer.out.append("</expr>\n");
        return new NixString(printer.out.toString(), printer.context);
    }

    private void indent(int depth) {
        out.append("  ".repeat(depth));
    }

    private void empty(int depth, String name, Map<String, String> attributes) {
        indent(depth);
        out.append('<').append(name);
        attributes(attributes);
        out.append(" />\n");
    }

    private void open(int depth, String name, Map<String, String> attributes) {
        indent(depth);
        out.append('<').append(name);
        attributes(attributes);
        out.append(">\n");
    }

    private void close(int depth, String name) {
        indent(depth);
        out.append("</").append(name).append(">\n");
    }

    private void attributes(Map<String, String> attributes) {
        new TreeMap<>(attributes)
                .forEach(
                        (name, value) ->
                                out.append(' ')
                                        .append(name)
                                        .append("=\"")
                                        .append(quote(value))
                                        .append('"'));
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("&quot;");
                case '<' -> q.append("&lt;");
                case '>' -> q.append("&gt;");
                case '&' -> q.append("&amp;");
                case '\n' -> q.append("&#xA;");
                case '\r' -> q.append("&#xD;");
                default -> q.append(c);
            }
        }
        return q.toString();
    }

    private void value(Object value, int depth) {
        if (value instanceof Long l) {
            empty(depth, "int", Map.of("value", Long.toString(l)));
        } else if (value instanceof Double d) {
            empty(depth, "float", Map.of("value", Floats.format(d)));
        } else if (value instanceof Boolean b) {
            empty(depth, "bool", Map.of("value", b.toString()));
        } else if (value instanceof NixString s) {
            context = NixString.merge(context, s.context());
            empty(depth, "string", Map.of("value", s.text()));
        } else if (value instanceof NixPath p) {
            empty(depth, "path", Map.of("value", p.path()));
        } else if (value == NixNull.NULL) {
            empty(depth, "null", Map.of());
        } else if (value instanceof NixList list) {
            open(depth, "list", Map.of());
            for (Thunk item : list.items()) {
                value(item.force(ev), depth + 1);
            }
            close(depth, "list");
        } else if (value instanceof NixAttrs attrs) {
            attrs(attrs, depth);
        } else if (value instanceof Closure closure) {
            function(closure.lambda(), depth);
        } else {
            empty(depth, "unevaluated", Map.of());
        }
    }

    private void attrs(NixAttrs attrs, int depth) {
        if (attrs.isDerivation(ev)) {
            throw IoBuiltins.notBuildable(at, "toXML of a derivation needs its output path");
        }
        open(depth, "attrs", Map.of());
        for (Map.Entry<String, Attr> entry : attrs.attrs().entrySet()) {
            open(depth + 1, "attr", Map.of("name", entry.getKey()));
            value(ev.forceAttr(entry.getValue(), entry.getKey()), depth + 2);
            close(depth + 1, "attr");
        }
        close(depth, "attrs");
    }

    private void function(Expr.Lambda lambda, int depth) {
        open(depth, "function", Map.of());
        if (lambda.formals() != null) {
            Map<String, String> pattern = new TreeMap<>();
            if (lambda.argument() != null) {
                pattern.put("name", lambda.argument());
            }
            if (lambda.formals().ellipsis()) {
                pattern.put("ellipsis", "1");
            }
            open(depth + 1, "attrspat", pattern);
            lambda.formals().formals().stream()
                    .map(Expr.Formal::name)
                    .sorted()
                    .forEach(name -> empty(depth + 2, "attr", Map.of("name", name)));
            close(depth + 1, "attrspat");
        } else {
            empty(depth + 1, "varpat", Map.of("name", lambda.argument()));
        }
        close(depth, "function");
    }
}
