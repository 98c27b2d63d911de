package org.dydisnix.nix;

import java.util.Map;
import java.util.Set;
import org.dydisnix.nix.Expr.AttrKey;

/**
 * Prints a syntax tree back as fully parenthesised Nix source that parses to an equivalent tree.
 */
final class ExprPrinter {
    private static final Set<String> KEYWORDS =
            Set.of("if", "then", "else", "assert", "with", "let", "in", "rec", "inherit", "or");

    private final StringBuilder out = new StringBuilder();

    private ExprPrinter() {}

    static String print(Expr expr) {
        ExprPrinter printer = new ExprPrinter();
        printer.expr(expr);
        return printer.out.toString();
    }

    private void expr(Expr expr) {
        if (expr instanceof Expr.IntLit i) {
            out.append(i.boxed() < 0 ? "(" + i.boxed() + ")" : Long.toString(i.boxed()));
        } else if (expr instanceof Expr.FloatLit f) {
            String text = Double.toString(Math.abs(f.value()));
            out.append(
                    f.value() < 0 || (f.value() == 0 && 1 / f.value() < 0)
                            ? "(-" + text + ")"
                            : text);
        } else if (expr instanceof Expr.StrLit s) {
            out.append('"');
            literal(s.value());
            out.append('"');
        } else if (expr instanceof Expr.Interpolation i) {
            out.append('"');
            for (Expr part : i.parts()) {
                if (part instanceof Expr.StrLit s) {
                    literal(s.value());
                } else {
                    out.append("${");
                    expr(part);
                    out.append('}');
                }
            }
            out.append('"');
        } else if (expr instanceof Expr.PathLit p) {
            out.append(p.path());
        } else if (expr instanceof Expr.PathInterpolation p) {
            out.append(((Expr.PathLit) p.parts().get(0)).path());
            for (Expr part : p.parts().subList(1, p.parts().size())) {
                if (part instanceof Expr.StrLit s) {
                    out.append(s.value());
                } else {
                    out.append("${");
                    expr(part);
                    out.append('}');
                }
            }
        } else if (expr instanceof Expr.SearchPath p) {
            out.append('<').append(p.name()).append('>');
        } else if (expr instanceof Expr.Var v) {
            out.append(v.name());
        } else if (expr instanceof Expr.CurPos) {
            out.append("__curPos");
        } else if (expr instanceof Expr.Select s) {
            paren(s.target());
            for (AttrKey key : s.path()) {
                out.append('.');
                key(key);
            }
            if (s.fallback() != null) {
                out.append(" or ");
                paren(s.fallback());
            }
        } else if (expr instanceof Expr.HasAttr h) {
            out.append('(');
            paren(h.target());
            out.append(" ? ");
            for (int i = 0; i < h.path().size(); i++) {
                out.append(i > 0 ? "." : "");
                key(h.path().get(i));
            }
            out.append(')');
        } else if (expr instanceof Expr.Attrs a) {
            attrs(a);
        } else if (expr instanceof Expr.ListOf l) {
            out.append("[ ");
            for (Expr element : l.elements()) {
                element(element);
                out.append(' ');
            }
            out.append(']');
        } else {
            compound(expr);
        }
    }

    private void compound(Expr expr) {
        out.append('(');
        if (expr instanceof Expr.Let l) {
            out.append("let ");
            bindings(l.bindings());
            out.append("in ");
            expr(l.body());
        } else if (expr instanceof Expr.With w) {
            out.append("with ");
            expr(w.scope());
            out.append("; ");
            expr(w.body());
        } else if (expr instanceof Expr.If i) {
            out.append("if ");
            expr(i.condition());
            out.append(" then ");
            expr(i.then());
            out.append(" else ");
            expr(i.otherwise());
        } else if (expr instanceof Expr.Assert a) {
            out.append("assert ");
            expr(a.condition());
            out.append("; ");
            expr(a.body());
        } else if (expr instanceof Expr.Lambda l) {
            lambda(l);
        } else if (expr instanceof Expr.Call c) {
            paren(c.function());
            for (Expr argument : c.arguments()) {
                out.append(' ');
                paren(argument);
            }
        } else if (expr instanceof Expr.Binary b) {
            paren(b.left());
            out.append(' ').append(b.operator().symbol).append(' ');
            paren(b.right());
        } else if (expr instanceof Expr.Not n) {
            out.append('!');
            paren(n.operand());
        } else if (expr instanceof Expr.Negate n) {
            out.append('-');
            paren(n.operand());
        }
        out.append(')');
    }

    private void paren(Expr expr) {
        if (!(expr instanceof Expr.Select)) {
            expr(expr);
            return;
        }
        out.append('(');
        expr(expr);
        out.append(')');
    }

    /**
     * A list element: anything but a select or a plain literal/compound needs parentheses there.
     */
    private void element(Expr expr) {
        boolean bare =
                expr instanceof Expr.Var
                        || expr instanceof Expr.StrLit
                        || expr instanceof Expr.Interpolation
                        || expr instanceof Expr.PathLit
                        || expr instanceof Expr.SearchPath
                        || expr instanceof Expr.Attrs
                        || expr instanceof Expr.ListOf
                        || (expr instanceof Expr.IntLit i && i.boxed() >= 0)
                        || (expr instanceof Expr.FloatLit f && f.value() > 0);
        if (bare) {
            expr(expr);
        } else {
            out.append('(');
            expr(expr);
            out.append(')');
        }
    }

    private void lambda(Expr.Lambda l) {
        if (l.formals() == null) {
            out.append(l.argument()).append(": ");
        } else {
            out.append("{ ");
            boolean first = true;
            for (Expr.Formal formal : l.formals().formals()) {
                out.append(first ? "" : ", ").append(formal.name());
                first = false;
                if (formal.fallback() != null) {
                    out.append(" ? ");
                    expr(formal.fallback());
                }
            }
            if (l.formals().ellipsis()) {
                out.append(first ? "..." : ", ...");
            }
            out.append(first && !l.formals().ellipsis() ? "}" : " }");
            if (l.argument() != null) {
                out.append(" @ ").append(l.argument());
            }
            out.append(": ");
        }
        expr(l.body());
    }

    private void attrs(Expr.Attrs a) {
        out.append(a.recursive() ? "rec { " : "{ ");
        bindings(a);
        out.append('}');
    }

    private void bindings(Expr.Attrs a) {
        for (Map.Entry<String, Expr.Binding> entry : a.bindings().entrySet()) {
            if (entry.getValue().inherited()) {
                out.append("inherit ").append(name(entry.getKey())).append("; ");
            } else {
                out.append(name(entry.getKey())).append(" = ");
                expr(entry.getValue().value());
                out.append("; ");
            }
        }
        for (Expr.DynamicBinding binding : a.dynamic()) {
            out.append("${");
            expr(binding.name());
            out.append("} = ");
            expr(binding.value());
            out.append("; ");
        }
    }

    private void key(AttrKey key) {
        if (key instanceof AttrKey.Name name) {
            out.append(name(name.name()));
        } else {
            out.append("${");
            expr(((AttrKey.Dynamic) key).expr());
            out.append('}');
        }
    }

    private static String name(String name) {
        if (Words.isId(name) && !KEYWORDS.contains(name)) {
            return name;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < name.length(); i++) {
            quoted.append(escape(name.charAt(i)));
        }
        return quoted.append('"').toString();
    }

    private void literal(String s) {
        for (int i = 0; i < s.length(); i++) {
            out.append(escape(s.charAt(i)));
        }
    }

    private static String escape(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '$' -> "\\$";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.valueOf(c);
        };
    }
}
