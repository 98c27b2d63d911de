package org.dydisnix.nix;

/**
 * A built-in function taking a fixed number of arguments, applied once all are given; a built-in of
 * one or two forced arguments also keeps its code as {@code fn1} or {@code fn2}, called on the
 * forced arguments without a list.
 */
record PrimOp(String name, int arity, Impl impl, BuiltinCode fn1, BuiltinCode fn2) {

    PrimOp {
        if (arity < 1 || arity > 3) {
            throw new IllegalArgumentException(name + " takes 1 to 3 arguments, not " + arity);
        }
    }

    PrimOp(String name, int arity, Impl impl) {
        this(name, arity, impl, null, null);
    }

    /** A built-in function of a group; one or two arguments are forced unless it is lazy. */
    static PrimOp of(String name, int arity, boolean lazy, BuiltinCode code) {
        return new PrimOp(
                name,
                arity,
                code,
                !lazy && arity == 1 ? code : null,
                !lazy && arity == 2 ? code : null);
    }

    /** The Java implementation of a built-in, given its arguments' thunks (null past its arity). */
    @FunctionalInterface
    interface Impl {
        Object apply(
                Evaluator evaluator,
                Thunk first,
                Thunk second,
                Thunk third,
                org.dydisnix.model.SourcePosition at);
    }
}
