package org.dydisnix.nix;

import java.util.function.Supplier;
import org.dydisnix.model.SourcePosition;

/**
 * A value that may not have been computed yet: an expression with its environment, forced at most
 * once. Forcing a thunk that is already being forced is infinite recursion (black-holing).
 */
class Thunk {
    /** The environment of a thunk while it is being forced. */
    private static final Env FORCING = Env.of(null, 0);

    private Object value;

    /**
     * The expression (kept once computed, for its position), the Java code or function computing
     * the value (until computed), the attribute name that is the value, or the position of an
     * already computed value.
     */
    private Object code;

    private Env env;

    Thunk(Object value, Object code, Env env) {
        this.value = value;
        this.code = code;
        this.env = env;
    }

    /** A value that is its own thunk, keeping an expression and environment (a function). */
    Thunk(Expr code, Env env) {
        this.value = this;
        this.code = code;
        this.env = env;
    }

    /** The code kept: an expression, the Java code or function computing the value, or null. */
    final Object code() {
        return code;
    }

    /** The environment of the expression: of a thunk until forced, or of a function. */
    final Env env() {
        return env;
    }

    /** An already computed value. */
    static Thunk of(Object value) {
        return new Thunk(value, null, null);
    }

    /** An already computed value defined at a position. */
    static Thunk of(Object value, SourcePosition position) {
        return new Thunk(value, position, null);
    }

    /** The value of an expression in an environment, computed when forced. */
    static Thunk of(Expr expr, Env env) {
        return new Thunk(null, expr, env);
    }

    /** A value computed by Java code when forced. */
    static Thunk lazy(Supplier<Object> supplier, SourcePosition position) {
        return new Lazy(supplier, position);
    }

    /** An attribute name as a string value, made when forced (often it never is). */
    static Thunk name(String name) {
        return new Thunk(null, name, null);
    }

    /** A function applied to arguments, computed when forced. */
    static Thunk apply(Object function, Thunk argument, SourcePosition at) {
        return new AppliedOnce(function, argument, at);
    }

    /** A function applied to a list index, computed when forced. */
    static Thunk applyToIndex(Object function, int index, SourcePosition at) {
        return new AppliedToIndex(function, index, at);
    }

    /** Where the value's expression is written, or null. */
    SourcePosition definedAt() {
        Object c = code;
        if (c instanceof Expr expr) {
            return expr.position();
        }
        return c instanceof SourcePosition position ? position : null;
    }

    /** Computes the value from the code kept (Java code, or a function to apply). */
    @SuppressWarnings("unchecked")
    Object compute(Evaluator ev, Object code) {
        return ((Supplier<Object>) code).get();
    }

    boolean isForced() {
        return value != null;
    }

    final Object force(Evaluator evaluator) {
        Object result = value;
        if (result != null) {
            return result;
        }
        Env scope = env;
        if (scope == FORCING) {
            throw NixError.of(
                    NixError.Kind.INFINITE_RECURSION,
                    definedAt(),
                    "infinite recursion encountered");
        }
        env = FORCING;
        Object c = code;
        try {
            if (c instanceof Expr expr) {
                result = expr.eval(evaluator, scope);
            } else if (c instanceof String name) {
                result = NixString.of(name);
            } else {
                result = compute(evaluator, c);
                code = null;
            }
        } catch (RuntimeException | Error e) {
            env = scope;
            throw e;
        }
        value = result;
        env = null;
        return result;
    }

    /** The application of a function (kept as the code) to arguments. */
    private abstract static class Applied extends Thunk {
        final SourcePosition at;

        Applied(Object function, SourcePosition at) {
            super(null, function, null);
            this.at = at;
        }

        @Override
        final SourcePosition definedAt() {
            return at;
        }
    }

    /** The application of a function to one argument. */
    private static final class AppliedOnce extends Applied {
        private Thunk first;

        AppliedOnce(Object function, Thunk first, SourcePosition at) {
            super(function, at);
            this.first = first;
        }

        @Override
        Object compute(Evaluator ev, Object function) {
            Object result = Calls.call(ev, function, first, at);
            first = null;
            return result;
        }
    }

    /** The application of a function to a list index, boxed only when computed. */
    private static final class AppliedToIndex extends Applied {
        private final int index;

        AppliedToIndex(Object function, int index, SourcePosition at) {
            super(function, at);
            this.index = index;
        }

        @Override
        Object compute(Evaluator ev, Object function) {
            return Calls.callValue(ev, function, Longs.of(index), at);
        }
    }

    /** A thunk computed by Java code, which keeps the position it was made for. */
    private static final class Lazy extends Thunk {
        private final SourcePosition position;

        Lazy(Supplier<Object> supplier, SourcePosition position) {
            super(null, supplier, null);
            this.position = position;
        }

        @Override
        SourcePosition definedAt() {
            return position;
        }
    }
}
