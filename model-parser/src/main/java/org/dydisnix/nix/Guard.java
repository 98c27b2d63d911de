package org.dydisnix.nix;

import java.util.function.Supplier;
import org.dydisnix.model.SourcePosition;

/** Runs evaluation at the public boundary, turning a stack overflow into a Nix error instead of a crash. */
final class Guard {

    private Guard() {
    }

    static <T> T run(Supplier<T> work) {
        try {
            return work.get();
        } catch (StackOverflowError e) {
            throw NixError.of(NixError.Kind.EVAL, (SourcePosition) null,
                    "stack overflow (possible infinite recursion)");
        }
    }
}
