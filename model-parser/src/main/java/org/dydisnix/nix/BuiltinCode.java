package org.dydisnix.nix;

import org.dydisnix.model.SourcePosition;

/**
 * The built-in functions of one group, each an enum constant whose code a switch reaches (no lambda
 * to link at run time per built-in).
 */
interface BuiltinCode extends PrimOp.Impl {

    /** Marks a built-in that receives its arguments unforced, as thunks. */
    boolean LAZY = true;

    /** The function value of this built-in. */
    PrimOp primOp();

    /**
     * Runs this built-in: on its forced arguments {@code first} (and {@code second}), or, for a
     * lazy one, on the thunks {@code first}, {@code second} and {@code third} (null past its
     * arity).
     */
    Object call(Evaluator ev, Object first, Object second, Object third, SourcePosition at);

    @Override
    default Object apply(Evaluator ev, Thunk first, Thunk second, Thunk third, SourcePosition at) {
        PrimOp primOp = primOp();
        if (primOp.fn1() != null) {
            return call(ev, first.force(ev), null, null, at);
        }
        if (primOp.fn2() != null) {
            return call(ev, first.force(ev), second.force(ev), null, at);
        }
        return call(ev, first, second, third, at);
    }
}
