package org.dydisnix.nix;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.dydisnix.model.SourcePosition;

/** Finds a function in a syntax tree by where it starts. */
final class Lambdas {
    private Lambdas() {}

    /** The first function in pre-order that starts at {@code position}, or null. */
    static Expr.Lambda at(Expr root, SourcePosition position) {
        Deque<Expr> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Expr expr = pending.pop();
            if (expr instanceof Expr.Lambda l && position.equals(l.position())) {
                return l;
            }
            List<Expr> children = new ArrayList<>();
            children(expr, children);
            for (int i = children.size() - 1; i >= 0; i--) {
                if (children.get(i) != null) {
                    pending.push(children.get(i));
                }
            }
        }
        return null;
    }

    private static void children(Expr expr, List<Expr> out) {
        if (expr instanceof Expr.Interpolation i) {
            out.addAll(i.parts());
        } else if (expr instanceof Expr.PathInterpolation p) {
            out.addAll(p.parts());
        } else if (expr instanceof Expr.ListOf l) {
            out.addAll(l.elements());
        } else if (expr instanceof Expr.Let l) {
            out.add(l.bindings());
            out.add(l.body());
        } else if (expr instanceof Expr.With w) {
            out.add(w.scope());
            out.add(w.body());
        } else if (expr instanceof Expr.Lambda l) {
            if (l.formals() != null) {
                for (Expr.Formal formal : l.formals().formals()) {
                    out.add(formal.fallback());
                }
            }
            out.add(l.body());
        } else if (expr instanceof Expr.Select s) {
            out.add(s.target());
            keys(s.path(), out);
            out.add(s.fallback());
        } else if (expr instanceof Expr.HasAttr h) {
            out.add(h.target());
            keys(h.path(), out);
        } else if (expr instanceof Expr.If i) {
            out.add(i.condition());
            out.add(i.then());
            out.add(i.otherwise());
        } else if (expr instanceof Expr.Assert a) {
            out.add(a.condition());
            out.add(a.body());
        } else if (expr instanceof Expr.Call c) {
            out.add(c.function());
            out.addAll(c.arguments());
        } else if (expr instanceof Expr.Binary b) {
            out.add(b.left());
            out.add(b.right());
        } else if (expr instanceof Expr.Not n) {
            out.add(n.operand());
        } else if (expr instanceof Expr.Negate n) {
            out.add(n.operand());
        } else if (expr instanceof Expr.Attrs a) {
            for (Expr.Binding binding : a.bindings().values()) {
                out.add(binding.value());
            }
            for (Expr.DynamicBinding binding : a.dynamic()) {
                out.add(binding.name());
                out.add(binding.value());
            }
        }
    }

    private static void keys(List<Expr.AttrKey> path, List<Expr> out) {
        for (Expr.AttrKey key : path) {
            if (key instanceof Expr.AttrKey.Dynamic d) {
                out.add(d.expr());
            }
        }
    }
}
