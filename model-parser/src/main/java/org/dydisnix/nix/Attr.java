package org.dydisnix.nix;

import org.dydisnix.model.SourcePosition;

/**
 * One attribute of a set: its lazy value and where the attribute is defined (null when computed).
 * An attribute written in a set literal is its own thunk, so that it costs one object.
 */
final class Attr extends Thunk {
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

    /** An attribute whose value, written as {@code expr}, is already known. */
    static Attr known(Object value, Expr expr, SourcePosition position) {
        return new Attr(value, expr, null, position);
    }

    /** The attribute's value. */
    Thunk value() {
        return target != null ? target : this;
    }

    /** Where the attribute is defined, or null. */
    SourcePosition position() {
        return position;
    }
}
