package org.dydisnix.nix;

import org.dydisnix.model.SourcePosition;

/** Function application: closures (with or without a set pattern), built-ins and functors. */
final class Calls {

    private Calls() {}

    /**
     * Evaluates an application. An argument passed to a function with a set pattern is evaluated at
     * once, without a thunk: the pattern would force it before the body runs anyway.
     */
    static Object evalCall(Evaluator ev, Expr.Call c, Env env) {
        Expr applied = c.function();
        Object function =
                applied instanceof Expr.Select s ? ev.select(s, env) : ev.eval(applied, env);
        Expr[] arguments = c.args;
        SourcePosition at = c.position();
        for (int i = 0, n = arguments.length; i < n; i++) {
            Expr argument = arguments[i];
            if (function instanceof Closure closure) {
                Expr.Lambda lambda = closure.lambda();
                if (lambda.formals() != null) {
                    function =
                            argument instanceof Expr.Var
                                    ? call(ev, closure, ev.thunk(argument, env), at)
                                    : callWithSet(ev, closure, argument, env, at);
                } else if (i + 1 < n && lambda.curried() != null) {
                    Thunk first = ev.thunk(argument, env);
                    Thunk second = ev.thunk(arguments[++i], env);
                    function = curriedBody(ev, closure, lambda.curried(), first, second, at);
                } else {
                    function = plainBody(ev, closure, ev.thunk(argument, env), at);
                }
            } else if (function instanceof PrimOp primOp) {
                BuiltinCode fn1 = primOp.fn1();
                BuiltinCode fn2 = primOp.fn2();
                if (fn1 != null) {
                    function = fn1.call(ev, ev.eval(argument, env), null, null, at);
                } else if (fn2 != null && i + 1 < n) {
                    Object first = ev.eval(argument, env);
                    Object second = ev.eval(arguments[++i], env);
                    function = fn2.call(ev, first, second, null, at);
                } else if (primOp.arity() > 1 && i + primOp.arity() <= n) {
                    Thunk first = ev.thunk(argument, env);
                    Thunk second = ev.thunk(arguments[++i], env);
                    Thunk third = primOp.arity() == 2 ? null : ev.thunk(arguments[++i], env);
                    function = primOp.impl().apply(ev, first, second, third, at);
                } else {
                    function = call(ev, primOp, ev.thunk(argument, env), at);
                }
            } else {
                function = call(ev, function, ev.thunk(argument, env), at);
            }
        }
        return function;
    }

    /** The inner function of a closure of the form {@code x: y: body}, or null. */
    private static Expr.Lambda curried(Object function) {
        return function instanceof Closure closure ? closure.lambda().curried() : null;
    }

    /** Applies a function to two arguments in turn. */
    static Object call(
            Evaluator ev, Object function, Thunk first, Thunk second, SourcePosition at) {
        Expr.Lambda inner = curried(function);
        if (inner != null) {
            return curriedBody(ev, (Closure) function, inner, first, second, at);
        }
        return call(ev, call(ev, function, first, at), second, at);
    }

    /**
     * Applies a function to an already forced first argument (never a thunk) and a second one, as
     * {@link #call(Evaluator, Object, Thunk, Thunk, SourcePosition)} does with a thunk of it.
     */
    static Object callValue(
            Evaluator ev, Object function, Object first, Thunk second, SourcePosition at) {
        Expr.Lambda inner = curried(function);
        if (inner != null) {
            return curriedBody(ev, (Closure) function, inner, first, second, at);
        }
        return call(ev, callValue(ev, function, first, at), second, at);
    }

    /**
     * Applies a function to an already forced argument (never a thunk), as {@link #call(Evaluator,
     * Object, Thunk, SourcePosition)} does with a thunk of it.
     */
    static Object callValue(Evaluator ev, Object function, Object argument, SourcePosition at) {
        if (function instanceof Closure closure && closure.lambda().formals() == null) {
            return plainBody(ev, closure, argument, at);
        }
        return call(ev, function, Thunk.of(argument), at);
    }

    /** Applies a function value to one argument. */
    static Object call(Evaluator ev, Object function, Thunk argument, SourcePosition at) {
        if (function instanceof Closure closure) {
            Expr.Lambda lambda = closure.lambda();
            if (lambda.formals() == null) {
                return plainBody(ev, closure, argument, at);
            }
            NixAttrs actual;
            try {
                actual = ev.forceAttrs(argument.force(ev), at);
            } catch (NixError e) {
                throw Types.called(e, lambda, at);
            }
            return body(ev, lambda, formalsEnv(ev, closure, actual, argument, at), at);
        }
        if (function instanceof PrimOp primOp) {
            if (primOp.arity() == 1) {
                BuiltinCode fn1 = primOp.fn1();
                return fn1 != null
                        ? fn1.call(ev, argument.force(ev), null, null, at)
                        : primOp.impl().apply(ev, argument, null, null, at);
            }
            return new PartialPrimOp(primOp, argument, null);
        }
        if (function instanceof PartialPrimOp partial) {
            return callPartial(ev, partial, argument, at);
        }
        if (function instanceof NixAttrs attrs && attrs.get("__functor") != null) {
            Object functor = ev.forceAttr(attrs.get("__functor"), "__functor");
            return call(ev, call(ev, functor, Thunk.of(attrs), at), argument, at);
        }
        throw NixError.type(
                at,
                "attempt to call something which is not a function but " + Types.show(function));
    }

    private static Object callPartial(
            Evaluator ev, PartialPrimOp partial, Thunk argument, SourcePosition at) {
        PrimOp primOp = partial.primOp();
        BuiltinCode fn2 = primOp.fn2();
        if (fn2 != null) {
            return fn2.call(ev, partial.first().force(ev), argument.force(ev), null, at);
        }
        if (partial.second() == null) {
            return primOp.arity() == 2
                    ? primOp.impl().apply(ev, partial.first(), argument, null, at)
                    : new PartialPrimOp(primOp, partial.first(), argument);
        }
        return primOp.impl().apply(ev, partial.first(), partial.second(), argument, at);
    }

    private static Object callWithSet(
            Evaluator ev, Closure closure, Expr argument, Env env, SourcePosition at) {
        Expr.Lambda lambda = closure.lambda();
        NixAttrs actual;
        try {
            actual = ev.forceAttrs(argument.eval(ev, env), at);
        } catch (NixError e) {
            throw Types.called(e, lambda, at);
        }
        Thunk whole = lambda.argument() != null ? Thunk.of(actual, argument.position()) : null;
        return body(ev, lambda, formalsEnv(ev, closure, actual, whole, at), at);
    }

    /** The body of a function of a plain argument (a thunk or a forced value). */
    private static Object plainBody(
            Evaluator ev, Closure closure, Object argument, SourcePosition at) {
        Expr.Lambda lambda = closure.lambda();
        if (!lambda.strict()) {
            return body(ev, lambda, Env.ofValue(closure.env(), argument), at);
        }
        Env scope = ev.borrowScope(closure.env(), argument);
        Object result = body(ev, lambda, scope, at);
        ev.giveBack(scope);
        return result;
    }

    /** The body of {@code x: y: body} applied to two arguments (each a thunk or a value). */
    private static Object curriedBody(
            Evaluator ev,
            Closure closure,
            Expr.Lambda inner,
            Object first,
            Thunk second,
            SourcePosition at) {
        if (!inner.strict()) {
            Env outer = Env.ofValue(closure.env(), first);
            return body(ev, inner, Env.of(outer, second), at);
        }
        Env outer = ev.borrowScope(closure.env(), first);
        Env scope = ev.borrowScope(outer, second);
        Object result = body(ev, inner, scope, at);
        ev.giveBack(scope);
        ev.giveBack(outer);
        return result;
    }

    private static Object body(Evaluator ev, Expr.Lambda lambda, Env env, SourcePosition at) {
        try {
            return lambda.body().eval(ev, env);
        } catch (NixError e) {
            throw Types.called(e, lambda, at);
        }
    }

    private static Env formalsEnv(
            Evaluator ev, Closure closure, NixAttrs actual, Thunk whole, SourcePosition at) {
        Expr.Lambda lambda = closure.lambda();
        Expr.Formal[] formals = lambda.formals().array;
        Env env = Env.of(closure.env(), formals.length + (lambda.argument() != null ? 1 : 0));
        Thunk[] vars = env.slots;
        if (lambda.argument() != null) {
            vars[formals.length] = whole;
        }
        FormalsSite.Shape shape = lambda.formals().site.in(actual);
        int[] index = shape.index();
        for (int slot = 0; slot < formals.length; slot++) {
            Expr.Formal formal = formals[slot];
            int i = index[slot];
            if (i >= 0) {
                vars[slot] = actual.values[i].value();
            } else if (formal.fallback() != null) {
                vars[slot] = ev.thunk(formal.fallback(), env);
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
        if (!lambda.formals().ellipsis() && shape.unexpected() != null) {
            throw NixError.of(
                    NixError.Kind.FUNCTION_ARGUMENT,
                    at,
                    Types.function(lambda)
                            + " called with unexpected argument '"
                            + shape.unexpected()
                            + "'");
        }
        return env;
    }
}
