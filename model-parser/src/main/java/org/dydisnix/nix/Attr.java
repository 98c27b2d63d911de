package org.dydisnix.nix;

import org.dydisnix.model.SourcePosition;

/**
 * One attribute of a set: its lazy value and where the attribute is defined (null when computed).
 * An attribute written in a set literal is its own thunk, so that it costs one object.
 */
class Attr extends Thunk {
    private final Thunk target;
    private final SourcePosition position;

    /** An attribute whose value is an existing thunk. */
    Attr(Thunk value, SourcePosition position) {
        super(null, null, null);
        this.target = value;
        this.position = position;
    }

    private Attr(Object value, Expr expr, Env env, SourcePosition position) {
        super(value, expr, env);
        this.target = null;
        this.position = position;
    }

    /** An attribute whose value is an expression evaluated in an environment when forced. */
    static Attr of(Expr expr, Env env, SourcePosition position) {
        return new Attr(null, expr, env, position);
    }

    private Attr(Object function) {
        super(null, function, null);
        this.target = null;
        this.position = null;
    }

    /**
     * A computed attribute whose value is a function applied to two arguments in turn, computed
     * when forced (one object for the attribute and its application).
     */
    static Attr applied(Object function, Thunk first, Thunk second, SourcePosition at) {
        return new Applied(function, first, second, at);
    }

    /** An attribute whose value, written as {@code expr}, is already known. */
    static Attr known(Object value, Expr expr, SourcePosition position) {
        return new Attr(value, expr, null, position);
    }

    /** The attribute's value. */
    final Thunk value() {
        return target != null ? target : this;
    }

    /** Where the attribute is defined, or null. */
    final SourcePosition position() {
        return position;
    }

    /** The application of a function to two arguments in turn as an attribute. */
    private static final class Applied extends Attr {
        private Thunk first;
        private Thunk second;
        private final SourcePosition at;

        Applied(Object function, Thunk first, Thunk second, SourcePosition at) {
            super(function);
            this.first = first;
            this.second = second;
            this.at = at;
        }

        @Override
        SourcePosition definedAt() {
            return at;
        }

        @Override
        Object compute(Evaluator ev, Object function) {
            Object result = Calls.call(ev, function, first, second, at);
            first = null;
            second = null;
            return result;
        }
    }
}
