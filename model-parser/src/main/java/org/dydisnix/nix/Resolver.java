package org.dydisnix.nix;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dydisnix.nix.Expr.AttrKey;

/**
 * The static scope pass: reports variables that are bound nowhere (and not possibly provided by an
 * enclosing {@code with}) before evaluation starts, as Nix does, even in branches that are never
 * taken; and resolves every other variable to the scope and slot the {@link Evaluator} binds it in.
 */
final class Resolver {

    /** One scope as the evaluator builds it: names to slots, or a {@code with}. */
    private record Scope(Scope parent, Map<String, Integer> slots, boolean with) {

        void bind(Expr.Var v) {
            boolean withSeen = false;
            int level = 0;
            for (Scope scope = this; scope != null; scope = scope.parent, level++) {
                withSeen |= scope.with;
                Integer slot = scope.slots == null ? null : scope.slots.get(v.name());
                if (slot != null) {
                    v.level = level;
                    v.slot = slot;
                    return;
                }
            }
            if (!withSeen) {
                throw NixError.of(
                        NixError.Kind.UNDEFINED_VARIABLE,
                        v.position(),
                        "undefined variable '" + v.name() + "'");
            }
            v.level = Expr.Var.DYNAMIC;
        }
    }

    private Resolver() {}

    /** Checks and resolves an expression evaluated in the given environment. */
    static void check(Expr expr, Env env) {
        try {
            resolve(expr, scopes(env));
        } catch (StackOverflowError e) {
            if (!Guard.onLargeStack()) {
                throw e;
            }
            throw NixError.syntax(expr.position(), "expression nested too deeply");
        }
    }

    private static Scope scopes(Env env) {
        if (env == null) {
            return null;
        }
        if (!(env instanceof Env.Named named)) {
            throw new IllegalArgumentException("an environment of unnamed slots");
        }
        Map<String, Integer> slots = new HashMap<>();
        for (int i = 0; i < named.names.length; i++) {
            slots.put(named.names[i], i);
        }
        return new Scope(scopes(env.parent), slots, false);
    }

    private static void resolveAll(List<Expr> exprs, Scope scope) {
        for (int i = 0, n = exprs.size(); i < n; i++) {
            resolve(exprs.get(i), scope);
        }
    }

    private static void resolve(Expr expr, Scope scope) {
        if (expr instanceof Expr.Var v) {
            scope.bind(v);
        } else if (expr instanceof Expr.Interpolation i) {
            resolveAll(i.parts(), scope);
        } else if (expr instanceof Expr.PathInterpolation i) {
            resolveAll(i.parts(), scope);
        } else if (expr instanceof Expr.Select s) {
            resolve(s.target(), scope);
            path(s.path(), scope);
            if (s.fallback() != null) {
                resolve(s.fallback(), scope);
            }
        } else if (expr instanceof Expr.HasAttr h) {
            resolve(h.target(), scope);
            path(h.path(), scope);
        } else if (expr instanceof Expr.Attrs a) {
            attrs(a, scope, a.recursive());
        } else if (expr instanceof Expr.Let l) {
            resolve(l.body(), attrs(l.bindings(), scope, true));
        } else if (expr instanceof Expr.With w) {
            resolve(w.scope(), scope);
            resolve(w.body(), new Scope(scope, null, true));
        } else if (expr instanceof Expr.If i) {
            resolve(i.condition(), scope);
            resolve(i.then(), scope);
            resolve(i.otherwise(), scope);
        } else if (expr instanceof Expr.Assert a) {
            resolve(a.condition(), scope);
            resolve(a.body(), scope);
        } else if (expr instanceof Expr.Lambda l) {
            lambda(l, scope);
        } else if (expr instanceof Expr.Call c) {
            resolve(c.function(), scope);
            resolveAll(c.arguments(), scope);
        } else if (expr instanceof Expr.ListOf l) {
            resolveAll(l.elements(), scope);
        } else if (expr instanceof Expr.Binary b) {
            resolve(b.left(), scope);
            resolve(b.right(), scope);
        } else if (expr instanceof Expr.Not n) {
            resolve(n.operand(), scope);
        } else if (expr instanceof Expr.Negate n) {
            resolve(n.operand(), scope);
        }
    }

    /**
     * A function's scope: its formals in order, then the name bound to the whole argument (a plain
     * argument is slot 0).
     */
    private static void lambda(Expr.Lambda l, Scope scope) {
        Map<String, Integer> slots = new HashMap<>();
        if (l.formals() != null) {
            for (Expr.Formal formal : l.formals().formals()) {
                slots.put(formal.name(), slots.size());
            }
        }
        if (l.argument() != null) {
            slots.putIfAbsent(l.argument(), slots.size());
        }
        Scope inner = new Scope(scope, slots, false);
        if (l.formals() != null) {
            for (Expr.Formal formal : l.formals().formals()) {
                if (formal.fallback() != null) {
                    resolve(formal.fallback(), inner);
                }
            }
        }
        resolve(l.body(), inner);
    }

    private static void path(List<AttrKey> path, Scope scope) {
        for (int i = 0, n = path.size(); i < n; i++) {
            if (path.get(i) instanceof AttrKey.Dynamic dynamic) {
                resolve(dynamic.expr(), scope);
            }
        }
    }

    /** A {@code rec} set's or {@code let}'s scope: its static bindings in source order. */
    private static Scope attrs(Expr.Attrs attrs, Scope scope, boolean recursive) {
        Scope inner = scope;
        if (recursive) {
            Map<String, Integer> slots = new HashMap<>();
            for (String name : attrs.bindings().keySet()) {
                slots.put(name, slots.size());
            }
            inner = new Scope(scope, slots, false);
        }
        for (Expr.Binding binding : attrs.bindings().values()) {
            resolve(binding.value(), binding.inherited() ? scope : inner);
        }
        for (Expr.DynamicBinding binding : attrs.dynamic()) {
            resolve(binding.name(), inner);
            resolve(binding.value(), inner);
        }
        return inner;
    }
}
