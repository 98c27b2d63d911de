package org.dydisnix.nix;

import java.util.function.Supplier;
import org.dydisnix.model.SourcePosition;

/**
 * A value that may not have been computed yet: an expression with its environment, forced at most
 * once. Forcing a thunk that is already being forced is infinite recursion (black-holing).
 */
final class Thunk {
    private Object value;
    private Expr expr;
    private Env env;
    private Supplier<Object> supplier;
    private boolean forcing;
    private final SourcePosition position;

    private Thunk(
            Object value, Expr expr, Env env, Supplier<Object> supplier, SourcePosition position) {
        this.value = value;
        this.expr = expr;
        this.env = env;
        this.supplier = supplier;
        this.position = position;
    }

    /** An already computed value. */
    static Thunk of(Object value) {
        return new Thunk(value, null, null, null, null);
    }

    /** An already computed value defined at a position. */
    static Thunk of(Object value, SourcePosition position) {
        return new Thunk(value, null, null, null, position);
    }

    /** The value of an expression in an environment, computed when forced. */
    static Thunk of(Expr expr, Env env) {
        return new Thunk(null, expr, env, null, expr.position());
    }

    /** A value computed by Java code when forced. */
    static Thunk lazy(Supplier<Object> supplier, SourcePosition position) {
        return new Thunk(null, null, null, supplier, position);
    }

    /** Where the value's expression is written, or null. */
    SourcePosition position() {
        return position;
    }

    boolean isForced() {
        return value != null;
    }

    Object force(Evaluator evaluator) {
        if (value != null) {
            return value;
        }
        if (forcing) {
            throw NixError.of(
                    NixError.Kind.INFINITE_RECURSION, position, "infinite recursion encountered");
        }
        forcing = true;
        try {
            value = supplier != null ? supplier.get() : evaluator.eval(expr, env);
            expr = null;
            env = null;
            supplier = null;
        } finally {
            forcing = false;
        }
        return value;
    }
}
