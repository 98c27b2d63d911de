package org.dydisnix.nix;

import java.util.function.Supplier;
import org.dydisnix.model.SourcePosition;

/**
 * A value that may not have been computed yet: an expression with its environment, forced at most
 * once. Forcing a thunk that is already being forced is infinite recursion (black-holing).
 */
final class Thunk {
    /** The environment of a thunk while it is being forced. */
    private static final Env FORCING = Env.of(null, 0);

    private Object value;

    /** The expression or the Java code computing the value, null once computed. */
    private Object code;

    private Env env;
    private final SourcePosition position;

    private Thunk(Object value, Object code, Env env, SourcePosition position) {
        this.value = value;
        this.code = code;
        this.env = env;
        this.position = position;
    }

    /** An already computed value. */
    static Thunk of(Object value) {
        return new Thunk(value, null, null, null);
    }

    /** An already computed value defined at a position. */
    static Thunk of(Object value, SourcePosition position) {
        return new Thunk(value, null, null, position);
    }

    /** The value of an expression in an environment, computed when forced. */
    static Thunk of(Expr expr, Env env) {
        return new Thunk(null, expr, env, expr.position());
    }

    /** A value computed by Java code when forced. */
    static Thunk lazy(Supplier<Object> supplier, SourcePosition position) {
        return new Thunk(null, supplier, null, position);
    }

    /** Where the value's expression is written, or null. */
    SourcePosition position() {
        return position;
    }

    boolean isForced() {
        return value != null;
    }

    @SuppressWarnings("unchecked")
    Object force(Evaluator evaluator) {
        if (value != null) {
            return value;
        }
        Env scope = env;
        if (scope == FORCING) {
            throw NixError.of(
                    NixError.Kind.INFINITE_RECURSION, position, "infinite recursion encountered");
        }
        env = FORCING;
        Object result;
        try {
            result =
                    code instanceof Expr expr
                            ? expr.eval(evaluator, scope)
                            : ((Supplier<Object>) code).get();
        } catch (RuntimeException | Error e) {
            env = scope;
            throw e;
        }
        value = result;
        code = null;
        env = null;
        return result;
    }
}
