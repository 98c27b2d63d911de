package org.dydisnix.nix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dydisnix.model.SourcePosition;
import org.dydisnix.nix.Expr.AttrKey;

/**
 * Evaluates syntax trees lazily: every binding, list element and argument becomes a {@link Thunk}.
 */
final class Evaluator {
    private final Session session;

    Evaluator(Session session) {
        this.session = session;
    }

    Session session() {
        return session;
    }

    Object force(Thunk thunk) {
        return thunk.force(this);
    }

    Object eval(Expr expr, Env env) {
        if (expr instanceof Expr.Var v) {
            return lookup(v, env).force(this);
        } else if (expr instanceof Expr.Select s) {
            return select(s, env);
        } else if (expr instanceof Expr.Call c) {
            Object function = eval(c.function(), env);
            for (Expr argument : c.arguments()) {
                function = call(function, thunk(argument, env), c.position());
            }
            return function;
        } else if (expr instanceof Expr.StrLit s) {
            return NixString.of(s.value());
        } else if (expr instanceof Expr.IntLit i) {
            return i.value();
        } else if (expr instanceof Expr.Attrs a) {
            return attrs(a, env);
        } else if (expr instanceof Expr.ListOf l) {
            List<Thunk> items = new ArrayList<>(l.elements().size());
            for (Expr element : l.elements()) {
                items.add(thunk(element, env));
            }
            return items.isEmpty() ? NixList.EMPTY : new NixList(items);
        } else if (expr instanceof Expr.Lambda l) {
            return new Closure(l, env);
        } else if (expr instanceof Expr.Let l) {
            return eval(l.body(), letEnv(l.bindings(), env));
        } else if (expr instanceof Expr.If i) {
            return forceBool(eval(i.condition(), env), i.condition().position())
                    ? eval(i.then(), env)
                    : eval(i.otherwise(), env);
        } else if (expr instanceof Expr.Binary b) {
            return Operators.binary(this, b, env);
        } else if (expr instanceof Expr.Interpolation i) {
            return interpolate(i, env);
        } else if (expr instanceof Expr.With w) {
            return eval(w.body(), Env.with(env, Thunk.of(w.scope(), env)));
        } else if (expr instanceof Expr.HasAttr h) {
            return hasAttr(h, env);
        } else if (expr instanceof Expr.Not n) {
            return !forceBool(eval(n.operand(), env), n.position());
        } else if (expr instanceof Expr.Negate n) {
            return Operators.subtract(this, 0L, eval(n.operand(), env), n.position());
        } else if (expr instanceof Expr.Assert a) {
            if (!forceBool(eval(a.condition(), env), a.condition().position())) {
                throw NixError.of(
                        NixError.Kind.ASSERTION,
                        a.position(),
                        "assertion '" + ExprPrinter.print(a.condition()) + "' failed");
            }
            return eval(a.body(), env);
        } else if (expr instanceof Expr.FloatLit f) {
            return f.value();
        } else if (expr instanceof Expr.PathLit p) {
            return new NixPath(p.path());
        } else if (expr instanceof Expr.PathInterpolation p) {
            return interpolatePath(p, env);
        } else if (expr instanceof Expr.CurPos c) {
            return Positions.value(c.position());
        } else if (expr instanceof Expr.SearchPath p) {
            return session.searchPath(p.name(), p.position());
        }
        throw new IllegalStateException("unknown expression " + expr);
    }

    /** A thunk for an expression, reusing already known values instead of allocating. */
    Thunk thunk(Expr expr, Env env) {
        if (expr instanceof Expr.Var v) {
            Thunk bound = lookupStatic(v.name(), env);
            return bound != null ? bound : Thunk.of(expr, env);
        }
        if (expr instanceof Expr.IntLit
                || expr instanceof Expr.StrLit
                || expr instanceof Expr.FloatLit
                || expr instanceof Expr.PathLit) {
            return Thunk.of(eval(expr, env), expr.position());
        }
        return Thunk.of(expr, env);
    }

    /**
     * A thunk for a binding of a scope that is still being built: variables are not looked up yet.
     */
    private Thunk bindingThunk(Expr expr, Env env) {
        return expr instanceof Expr.Var ? Thunk.of(expr, env) : thunk(expr, env);
    }

    private static Thunk lookupStatic(String name, Env env) {
        for (Env e = env; e != null; e = e.parent) {
            if (e.vars != null) {
                Thunk found = e.vars.get(name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private Thunk lookup(Expr.Var v, Env env) {
        String name = v.name();
        Thunk bound = lookupStatic(name, env);
        if (bound != null) {
            return bound;
        }
        for (Env e = env; e != null; e = e.parent) {
            if (e.with != null) {
                NixAttrs scope = forceAttrs(e.with.force(this), e.with.position());
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

    private Object select(Expr.Select s, Env env) {
        Object value = eval(s.target(), env);
        for (AttrKey key : s.path()) {
            String name = attrName(key, env);
            if (!(value instanceof NixAttrs attrs)) {
                if (s.fallback() != null) {
                    return eval(s.fallback(), env);
                }
                throw NixError.type(
                        s.position(),
                        "value is " + Types.show(value) + " while a set was expected");
            }
            Attr attr = attrs.get(name);
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

    private boolean hasAttr(Expr.HasAttr h, Env env) {
        Object value = eval(h.target(), env);
        List<AttrKey> path = h.path();
        for (int i = 0; i < path.size(); i++) {
            String name = attrName(path.get(i), env);
            if (!(value instanceof NixAttrs attrs)) {
                return false;
            }
            Attr attr = attrs.get(name);
            if (attr == null) {
                return false;
            }
            if (i + 1 < path.size()) {
                value = forceAttr(attr, name);
            }
        }
        return true;
    }

    private NixAttrs attrs(Expr.Attrs a, Env env) {
        TreeMap<String, Attr> result = new TreeMap<>();
        Env scope = env;
        Map<String, Thunk> vars = null;
        if (a.recursive()) {
            vars = new HashMap<>();
            scope = Env.of(env, vars);
        }
        for (Map.Entry<String, Expr.Binding> entry : a.bindings().entrySet()) {
            Expr.Binding binding = entry.getValue();
            Thunk value =
                    binding.inherited() || !a.recursive()
                            ? thunk(binding.value(), env)
                            : bindingThunk(binding.value(), scope);
            result.put(entry.getKey(), new Attr(value, binding.position()));
            if (vars != null) {
                vars.put(entry.getKey(), value);
            }
        }
        Attr overrides = vars != null ? result.get("__overrides") : null;
        if (overrides != null) {
            NixAttrs replacements =
                    forceAttrs(forceAttr(overrides, "__overrides"), overrides.position());
            for (Map.Entry<String, Attr> entry : replacements.attrs.entrySet()) {
                result.put(entry.getKey(), entry.getValue());
                if (vars.containsKey(entry.getKey())) {
                    vars.put(entry.getKey(), entry.getValue().value());
                }
            }
        }
        for (Expr.DynamicBinding binding : a.dynamic()) {
            Object name = eval(binding.name(), scope);
            if (name == NixNull.NULL) {
                continue;
            }
            String key = forceString(name, binding.name().position()).text();
            Attr previous = result.get(key);
            if (previous != null) {
                throw NixError.of(
                        NixError.Kind.DUPLICATE_ATTRIBUTE,
                        binding.position(),
                        "dynamic attribute '"
                                + key
                                + "' already defined at "
                                + previous.position());
            }
            result.put(key, new Attr(thunk(binding.value(), scope), binding.position()));
        }
        return new NixAttrs(result, a.position());
    }

    private Env letEnv(Expr.Attrs bindings, Env env) {
        Map<String, Thunk> vars = new HashMap<>();
        Env scope = Env.of(env, vars);
        for (Map.Entry<String, Expr.Binding> entry : bindings.bindings().entrySet()) {
            Expr.Binding binding = entry.getValue();
            vars.put(
                    entry.getKey(),
                    binding.inherited()
                            ? thunk(binding.value(), env)
                            : bindingThunk(binding.value(), scope));
        }
        return scope;
    }

    private NixString interpolate(Expr.Interpolation i, Env env) {
        StringBuilder text = new StringBuilder();
        Map<String, String> stringContext = NixString.NO_CONTEXT;
        for (Expr part : i.parts()) {
            NixString s = Strings.coerce(this, eval(part, env), part.position(), false, true);
            text.append(s.text());
            stringContext = NixString.merge(stringContext, s.context());
        }
        return new NixString(text.toString(), stringContext);
    }

    private NixPath interpolatePath(Expr.PathInterpolation p, Env env) {
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
        if (function instanceof Closure closure) {
            return callClosure(closure, argument, at);
        }
        if (function instanceof PrimOp primOp) {
            if (primOp.arity() == 1) {
                return primOp.impl().apply(this, List.of(argument), at);
            }
            return new PartialPrimOp(primOp, List.of(argument));
        }
        if (function instanceof PartialPrimOp partial) {
            List<Thunk> arguments = new ArrayList<>(partial.arguments());
            arguments.add(argument);
            if (arguments.size() == partial.primOp().arity()) {
                return partial.primOp().impl().apply(this, arguments, at);
            }
            return new PartialPrimOp(partial.primOp(), List.copyOf(arguments));
        }
        if (function instanceof NixAttrs attrs && attrs.get("__functor") != null) {
            Object functor = forceAttr(attrs.get("__functor"), "__functor");
            return call(call(functor, Thunk.of(attrs), at), argument, at);
        }
        throw NixError.type(
                at,
                "attempt to call something which is not a function but " + Types.show(function));
    }

    /** Applies a function to several arguments in turn. */
    Object call(Object function, SourcePosition at, Object... arguments) {
        Object result = function;
        for (Object argument : arguments) {
            result = call(result, argument instanceof Thunk t ? t : Thunk.of(argument), at);
        }
        return result;
    }

    private Object callClosure(Closure closure, Thunk argument, SourcePosition at) {
        Expr.Lambda lambda = closure.lambda();
        Env env;
        if (lambda.formals() == null) {
            env = Env.of(closure.env(), Map.of(lambda.argument(), argument));
        } else {
            env = formalsEnv(closure, argument, at);
        }
        try {
            return eval(lambda.body(), env);
        } catch (NixError e) {
            throw Types.called(e, lambda, at);
        }
    }

    private Env formalsEnv(Closure closure, Thunk argument, SourcePosition at) {
        Expr.Lambda lambda = closure.lambda();
        NixAttrs actual;
        try {
            actual = forceAttrs(argument.force(this), at);
        } catch (NixError e) {
            throw Types.called(e, lambda, at);
        }
        Map<String, Thunk> vars = new HashMap<>();
        Env env = Env.of(closure.env(), vars);
        if (lambda.argument() != null) {
            vars.put(lambda.argument(), argument);
        }
        int used = 0;
        for (Expr.Formal formal : lambda.formals().formals()) {
            Attr attr = actual.get(formal.name());
            if (attr != null) {
                vars.put(formal.name(), attr.value());
                used++;
            } else if (formal.fallback() != null) {
                vars.put(formal.name(), bindingThunk(formal.fallback(), env));
            } else {
                throw NixError.of(
                        NixError.Kind.FUNCTION_ARGUMENT,
                        at,
                        Types.function(lambda)
                                + " called without required argument '"
                                + formal.name()
                                + "'");
            }
        }
        if (!lambda.formals().ellipsis() && used < actual.size()) {
            for (String name : actual.attrs.keySet()) {
                if (!isFormal(lambda, name)) {
                    throw NixError.of(
                            NixError.Kind.FUNCTION_ARGUMENT,
                            at,
                            Types.function(lambda)
                                    + " called with unexpected argument '"
                                    + name
                                    + "'");
                }
            }
        }
        return env;
    }

    private static boolean isFormal(Expr.Lambda lambda, String name) {
        return lambda.formals().formals().stream().anyMatch(formal -> formal.name().equals(name));
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
            for (Thunk item : list.items()) {
                deepForce(item.force(this), seen);
            }
        } else if (value instanceof NixAttrs attrs && seen.add(attrs)) {
            for (Map.Entry<String, Attr> entry : attrs.attrs.entrySet()) {
                deepForce(forceAttr(entry.getValue(), entry.getKey()), seen);
            }
        }
    }
}
