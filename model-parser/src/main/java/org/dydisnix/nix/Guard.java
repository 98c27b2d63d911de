package org.dydisnix.nix;

import java.util.function.Supplier;
import org.dydisnix.model.SourcePosition;

/**
 * Runs evaluation at the public boundary, turning a stack overflow (and I/O failures inside streams) into a
 * Nix error instead of a crash.
 */
final class Guard {

    private Guard() {
    }

    static <T> T run(Supplier<T> work) {
        try {
            return work.get();
        } catch (StackOverflowError e) {
            throw NixError.of(NixError.Kind.EVAL, (SourcePosition) null,
                    "stack overflow (possible infinite recursion)");
        } catch (java.io.UncheckedIOException | SecurityException e) {
            throw NixError.of(NixError.Kind.IO, (SourcePosition) null, String.valueOf(e.getMessage()));
        }
    }
}
