package org.dydisnix.nix;

import java.util.List;
import org.dydisnix.model.SourcePosition;

/**
 * The built-in functions of one group, each an enum constant whose code a switch reaches (no lambda
 * to link at run time per built-in).
 */
interface BuiltinCode extends PrimOp.Impl {

    /** Marks a built-in that receives its arguments unforced, as a list of thunks. */
    boolean LAZY = true;

    /** The function value of this built-in. */
    PrimOp primOp();

    /**
     * Runs this built-in: on its forced arguments {@code first} (and {@code second}), or, for a
     * lazy one, on {@code args}.
     */
    Object call(Evaluator ev, Object first, Object second, List<Thunk> args, SourcePosition at);

    @Override
    default Object apply(Evaluator ev, List<Thunk> args, SourcePosition at) {
        PrimOp primOp = primOp();
        if (primOp.fn1() != null) {
            return call(ev, args.get(0).force(ev), null, null, at);
        }
        if (primOp.fn2() != null) {
            return call(ev, args.get(0).force(ev), args.get(1).force(ev), null, at);
        }
        return call(ev, null, null, args, at);
    }
}
