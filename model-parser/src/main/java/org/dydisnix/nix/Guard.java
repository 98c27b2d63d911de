package org.dydisnix.nix;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.dydisnix.model.SourcePosition;

/**
 * Runs evaluation at the public boundary. Work that overflows the caller's stack is retried once on
 * a thread with a large stack (deeply recursive Nix code); overflowing that too, and I/O failures
 * inside streams, become Nix errors instead of crashes.
 */
final class Guard {
    private static final String DEEP_THREAD = "nix-eval-deep";
    private static final long DEEP_STACK = 256L << 20;

    private Guard() {}

    /** Whether this thread is the large-stack evaluation thread (a second overflow is final). */
    static boolean onLargeStack() {
        return Thread.currentThread().getName().equals(DEEP_THREAD);
    }

    static <T> T run(Supplier<T> work) {
        try {
            return work.get();
        } catch (StackOverflowError e) {
            if (Thread.currentThread().getName().equals(DEEP_THREAD)) {
                throw overflow();
            }
            return onLargeStack(work);
        } catch (java.io.UncheckedIOException | SecurityException e) {
            throw NixError.of(
                    NixError.Kind.IO, (SourcePosition) null, String.valueOf(e.getMessage()));
        }
    }

    private static NixError overflow() {
        return NixError.of(
                NixError.Kind.EVAL,
                (SourcePosition) null,
                "stack overflow (possible infinite recursion)");
    }

    private static <T> T onLargeStack(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread =
                new Thread(
                        null,
                        () -> {
                            try {
                                result.set(run(work));
                            } catch (StackOverflowError e) {
                                failure.set(overflow());
                            } catch (RuntimeException | Error e) {
                                failure.set(e);
                            }
                        },
                        DEEP_THREAD,
                        DEEP_STACK);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NixError.of(NixError.Kind.EVAL, (SourcePosition) null, "evaluation interrupted");
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        return result.get();
    }
}
