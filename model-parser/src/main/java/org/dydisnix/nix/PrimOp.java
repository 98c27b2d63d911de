package org.dydisnix.nix;

import java.util.List;

/** A built-in function taking a fixed number of arguments, applied once all are given. */
record PrimOp(String name, int arity, Impl impl) {

    /** The Java implementation of a built-in. */
    @FunctionalInterface
    interface Impl {
        Object apply(
                Evaluator evaluator, List<Thunk> arguments, org.dydisnix.model.SourcePosition at);
    }
}
