package org.dydisnix.nix;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dydisnix.model.SourcePosition;
import org.dydisnix.nix.Expr.AttrKey;

/**
 * Evaluates syntax trees lazily: every binding, list element and argument becomes a {@link Thunk}.
 */
final class Evaluator {
    private final Session session;
    private final Map<String, Thunk> names = new HashMap<>();

    private final Env[] spareScopes = new Env[32];
    private int spares;

    Evaluator(Session session) {
        this.session = session;
    }

    Session session() {
        return session;
    }

    /**
     * A scope of one for a function body that keeps no reference to it ({@link StrictBodies}),
     * bound to a thunk or a forced value; given back with {@link #giveBack} after the body.
     */
    Env borrowScope(Env parent, Object argument) {
        if (spares == 0) {
            return Env.ofValue(parent, argument);
        }
        Env scope = spareScopes[--spares];
        scope.rebind(parent, argument);
        return scope;
    }

    /**
     * Takes back a scope lent by {@link #borrowScope}, its body evaluated (what it refers to stays
     * reachable until it is lent again: at most a few scopes).
     */
    void giveBack(Env scope) {
        if (spares < spareScopes.length) {
            spareScopes[spares++] = scope;
        }
    }

    Object force(Thunk thunk) {
        return thunk.force(this);
    }

    /**
     * Evaluates an expression; a variable, the most frequent node, without the virtual call (a
     * class check is cheaper than a call through the node's virtual table).
     */
    Object eval(Expr expr, Env env) {
        return expr instanceof Expr.Var ? value((Expr.Var) expr, env) : expr.eval(this, env);
    }

    NixList list(Expr.ListOf l, Env env) {
        Expr[] elements = l.items;
        if (elements.length == 0) {
            return NixList.EMPTY;
        }
        Thunk[] items = new Thunk[elements.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = thunk(elements[i], env);
        }
        return new NixList(Arrays.asList(items));
    }

    Object evalAssert(Expr.Assert a, Env env) {
        if (!forceBool(eval(a.condition(), env), a.condition().position())) {
            throw NixError.of(
                    NixError.Kind.ASSERTION,
                    a.position(),
                    "assertion '" + ExprPrinter.print(a.condition()) + "' failed");
        }
        return eval(a.body(), env);
    }

    NixAttrs curPos(Expr.CurPos c) {
        return Positions.value(c.position());
    }

    /**
     * A thunk for an expression, reusing already known values instead of allocating: a variable
     * shares its slot's thunk (in a scope still being built, a slot not bound yet gets a thunk of
     * its own); a function is its own thunk.
     */
    Thunk thunk(Expr expr, Env env) {
        if (expr instanceof Expr.Var v) {
            if (v.level >= 0) {
                Thunk bound = slot(v, env);
                if (bound != null) {
                    return bound;
                }
            }
            return Thunk.of(expr, env);
        }
        if (expr instanceof Expr.StrLit s) {
            return s.constant();
        }
        if (expr instanceof Expr.Lambda l) {
            return new Closure(l, env);
        }
        if (expr instanceof Expr.IntLit i) {
            return i.constant();
        }
        if (expr instanceof Expr.FloatLit || expr instanceof Expr.PathLit) {
            return Thunk.of(eval(expr, env), expr.position());
        }
        return Thunk.of(expr, env);
    }

    /**
     * An attribute for a binding: its own thunk, unless its value is known or (when {@code lookup})
     * a variable's thunk.
     */
    Attr attr(Expr expr, Env env, SourcePosition at, boolean lookup) {
        if (expr instanceof Expr.Var v) {
            if (lookup && v.level >= 0) {
                Thunk bound = slot(v, env);
                if (bound != null) {
                    return new Attr(bound, at);
                }
            }
            return Attr.of(expr, env, at);
        }
        if (expr instanceof Expr.StrLit s) {
            return s.attr(this, at);
        }
        if (expr instanceof Expr.IntLit
                || expr instanceof Expr.FloatLit
                || expr instanceof Expr.PathLit) {
            return Attr.known(eval(expr, env), expr, at);
        }
        return Attr.of(expr, env, at);
    }

    /** An attribute name as a string value, one computed thunk per name. */
    Thunk name(String name) {
        Thunk thunk = names.get(name);
        if (thunk == null) {
            thunk = Thunk.of(NixString.of(name));
            names.put(name, thunk);
        }
        return thunk;
    }

    private static Thunk slot(Expr.Var v, Env env) {
        Env e = env;
        for (int level = v.level; level > 0; level--) {
            e = e.parent;
        }
        return e.slot(v.slot);
    }

    /** The forced value of a variable. */
    Object value(Expr.Var v, Env env) {
        if (v.level >= 0) {
            Env e = env;
            for (int level = v.level; level > 0; level--) {
                e = e.parent;
            }
            return e.value(this, v.slot);
        }
        return lookup(v, env).force(this);
    }

    Thunk lookup(Expr.Var v, Env env) {
        if (v.level >= 0) {
            return slot(v, env);
        }
        if (v.level == Expr.Var.UNRESOLVED) {
            throw new IllegalStateException("variable '" + v.name() + "' was not resolved");
        }
        String name = v.name();
        for (Env e = env; e != null; e = e.parent) {
            Thunk with = e.with();
            if (with != null) {
                NixAttrs scope = forceAttrs(with.force(this), with.definedAt());
                Attr attr = scope.get(name);
                if (attr != null) {
                    return attr.value();
                }
            }
        }
        throw NixError.of(
                NixError.Kind.UNDEFINED_VARIABLE,
                v.position(),
                "undefined variable '" + name + "'");
    }

    private String attrName(AttrKey key, Env env) {
        if (key instanceof AttrKey.Name name) {
            return name.name();
        }
        Expr expr = ((AttrKey.Dynamic) key).expr();
        return forceString(eval(expr, env), expr.position()).text();
    }

    Object select(Expr.Select s, Env env) {
        Object value = eval(s.target(), env);
        AttrKey[] path = s.keys;
        for (int i = 0, n = path.length; i < n; i++) {
            AttrKey key = path[i];
            AttrKey.Name literal = key instanceof AttrKey.Name k ? k : null;
            String name = literal != null ? literal.name() : attrName(key, env);
            if (!(value instanceof NixAttrs attrs)) {
                if (s.fallback() != null) {
                    return eval(s.fallback(), env);
                }
                throw NixError.type(
                        s.position(),
                        "value is " + Types.show(value) + " while a set was expected");
            }
            Attr attr = literal != null ? literal.in(attrs) : attrs.get(name);
            if (attr == null) {
                if (s.fallback() != null) {
                    return eval(s.fallback(), env);
                }
                throw NixError.of(
                        NixError.Kind.MISSING_ATTRIBUTE,
                        s.position(),
                        "attribute '" + name + "' missing");
            }
            value = forceAttr(attr, name);
        }
        return value;
    }

    /** Forces an attribute's value, naming the attribute in the trace of any error. */
    Object forceAttr(Attr attr, String name) {
        try {
            return attr.value().force(this);
        } catch (NixError e) {
            throw Types.inDerivationNix(attr.position())
                    ? e
                    : e.addTrace(attr.position(), "while evaluating the attribute '" + name + "'");
        }
    }

    boolean hasAttr(Expr.HasAttr h, Env env) {
        Object value = eval(h.target(), env);
        AttrKey[] path = h.keys;
        for (int i = 0; i < path.length; i++) {
            AttrKey key = path[i];
            AttrKey.Name literal = key instanceof AttrKey.Name k ? k : null;
            String name = literal != null ? literal.name() : attrName(key, env);
            if (!(value instanceof NixAttrs attrs)) {
                return false;
            }
            Attr attr = literal != null ? literal.in(attrs) : attrs.get(name);
            if (attr == null) {
                return false;
            }
            if (i + 1 < path.length) {
                value = forceAttr(attr, name);
            }
        }
        return true;
    }

    NixString interpolate(Expr.Interpolation i, Env env) {
        StringBuilder text = new StringBuilder();
        Map<String, String> stringContext = NixString.NO_CONTEXT;
        Expr[] parts = i.partArray;
        for (int k = 0, n = parts.length; k < n; k++) {
            Expr part = parts[k];
            NixString s = Strings.coerce(this, eval(part, env), part.position(), false, true);
            text.append(s.text());
            stringContext = NixString.merge(stringContext, s.context());
        }
        return new NixString(text.toString(), stringContext);
    }

    NixPath interpolatePath(Expr.PathInterpolation p, Env env) {
        StringBuilder path = new StringBuilder(((Expr.PathLit) p.parts().get(0)).path());
        for (Expr part : p.parts().subList(1, p.parts().size())) {
            NixString s = Strings.coerce(this, eval(part, env), part.position(), false, false);
            if (!s.context().isEmpty()) {
                throw NixError.type(
                        part.position(),
                        "a string that refers to a store path cannot be appended to a path");
            }
            path.append(s.text());
        }
        return new NixPath(Paths.canonical(path.toString()));
    }

    /** Applies a function value to one argument. */
    Object call(Object function, Thunk argument, SourcePosition at) {
        return Calls.call(this, function, argument, at);
    }

    /** Applies a function to several arguments in turn. */
    Object call(Object function, SourcePosition at, Object... arguments) {
        if (arguments.length == 2) {
            return Calls.call(this, function, asThunk(arguments[0]), asThunk(arguments[1]), at);
        }
        Object result = function;
        for (Object argument : arguments) {
            result = call(result, argument instanceof Thunk t ? t : Thunk.of(argument), at);
        }
        return result;
    }

    private static Thunk asThunk(Object value) {
        return value instanceof Thunk t ? t : Thunk.of(value);
    }

    NixAttrs forceAttrs(Object value, SourcePosition at) {
        if (value instanceof NixAttrs attrs) {
            return attrs;
        }
        throw NixError.type(at, "value is " + Types.show(value) + " while a set was expected");
    }

    NixList forceList(Object value, SourcePosition at) {
        if (value instanceof NixList list) {
            return list;
        }
        throw NixError.type(at, "value is " + Types.show(value) + " while a list was expected");
    }

    NixString forceString(Object value, SourcePosition at) {
        if (value instanceof NixString s) {
            return s;
        }
        throw NixError.type(at, "value is " + Types.show(value) + " while a string was expected");
    }

    long forceInt(Object value, SourcePosition at) {
        if (value instanceof Long l) {
            return l;
        }
        throw NixError.type(at, "value is " + Types.show(value) + " while an integer was expected");
    }

    boolean forceBool(Object value, SourcePosition at) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw NixError.type(at, "value is " + Types.show(value) + " while a Boolean was expected");
    }

    Object forceFunction(Object value, SourcePosition at) {
        if (Types.isFunction(value)) {
            return value;
        }
        throw NixError.type(at, "value is " + Types.show(value) + " while a function was expected");
    }

    /** Forces a value and everything it contains (shared and cyclic parts once). */
    void deepForce(Object value) {
        deepForce(value, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private void deepForce(Object value, java.util.Set<Object> seen) {
        if (value instanceof NixList list && seen.add(list)) {
            List<Thunk> items = list.items();
            for (int i = 0, n = items.size(); i < n; i++) {
                deepForce(items.get(i).force(this), seen);
            }
        } else if (value instanceof NixAttrs attrs && seen.add(attrs)) {
            for (int i = 0; i < attrs.names.length; i++) {
                deepForce(forceAttr(attrs.values[i], attrs.names[i]), seen);
            }
        }
    }
}
