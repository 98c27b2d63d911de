package org.dydisnix.nix;

import java.util.HashSet;
import java.util.Set;
import org.dydisnix.nix.Expr.AttrKey;

/**
 * The static scope pass: reports variables that are bound nowhere (and not possibly provided by an
 * enclosing {@code with}) before evaluation starts, as Nix does, even in branches that are never
 * taken.
 */
final class Resolver {

    private record Scope(Scope parent, Set<String> names, boolean with) {

        boolean defines(String name) {
            for (Scope scope = this; scope != null; scope = scope.parent) {
                if (scope.with || (scope.names != null && scope.names.contains(name))) {
                    return true;
                }
            }
            return false;
        }
    }

    private Resolver() {}

    /** Checks an expression evaluated in an environment that binds the given names. */
    static void check(Expr expr, Set<String> globals) {
        try {
            resolve(expr, new Scope(null, globals, false));
        } catch (StackOverflowError e) {
            if (!Guard.onLargeStack()) {
                throw e;
            }
            throw NixError.syntax(expr.position(), "expression nested too deeply");
        }
    }

    private static void resolve(Expr expr, Scope scope) {
        if (expr instanceof Expr.Var v) {
            if (!scope.defines(v.name())) {
                throw NixError.of(
                        NixError.Kind.UNDEFINED_VARIABLE,
                        v.position(),
                        "undefined variable '" + v.name() + "'");
            }
        } else if (expr instanceof Expr.Interpolation i) {
            i.parts().forEach(part -> resolve(part, scope));
        } else if (expr instanceof Expr.PathInterpolation i) {
            i.parts().forEach(part -> resolve(part, scope));
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
            attrs(a, scope);
        } else if (expr instanceof Expr.Let l) {
            resolve(l.body(), attrs(l.bindings(), scope));
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
            c.arguments().forEach(argument -> resolve(argument, scope));
        } else if (expr instanceof Expr.ListOf l) {
            l.elements().forEach(element -> resolve(element, scope));
        } else if (expr instanceof Expr.Binary b) {
            resolve(b.left(), scope);
            resolve(b.right(), scope);
        } else if (expr instanceof Expr.Not n) {
            resolve(n.operand(), scope);
        } else if (expr instanceof Expr.Negate n) {
            resolve(n.operand(), scope);
        }
    }

    private static void lambda(Expr.Lambda l, Scope scope) {
        Set<String> names = new HashSet<>();
        if (l.argument() != null) {
            names.add(l.argument());
        }
        if (l.formals() != null) {
            l.formals().formals().forEach(formal -> names.add(formal.name()));
        }
        Scope inner = new Scope(scope, names, false);
        if (l.formals() != null) {
            l.formals()
                    .formals()
                    .forEach(
                            formal -> {
                                if (formal.fallback() != null) {
                                    resolve(formal.fallback(), inner);
                                }
                            });
        }
        resolve(l.body(), inner);
    }

    private static void path(java.util.List<AttrKey> path, Scope scope) {
        for (AttrKey key : path) {
            if (key instanceof AttrKey.Dynamic dynamic) {
                resolve(dynamic.expr(), scope);
            }
        }
    }

    private static Scope attrs(Expr.Attrs attrs, Scope scope) {
        Scope inner =
                attrs.recursive() ? new Scope(scope, attrs.bindings().keySet(), false) : scope;
        attrs.bindings()
                .values()
                .forEach(binding -> resolve(binding.value(), binding.inherited() ? scope : inner));
        attrs.dynamic()
                .forEach(
                        binding -> {
                            resolve(binding.name(), inner);
                            resolve(binding.value(), inner);
                        });
        return inner;
    }
}
