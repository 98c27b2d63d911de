package org.dydisnix.nix;

/**
 * A user-defined function with the environment it was defined in; a value that cannot fail to be
 * made, so it is its own (already forced) thunk.
 */
final class Closure extends Thunk {

    Closure(Expr.Lambda lambda, Env env) {
        super(lambda, env);
    }

    Expr.Lambda lambda() {
        return (Expr.Lambda) code();
    }
}
