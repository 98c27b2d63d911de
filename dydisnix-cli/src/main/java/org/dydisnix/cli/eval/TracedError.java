package org.dydisnix.cli.eval;

import org.dydisnix.model.ModelException;
import org.dydisnix.nix.NixError;

/** A Nix error printed with its evaluation frames ({@code --show-trace}). */
public final class TracedError extends ModelException {
    private static final long serialVersionUID = 1L;

    public TracedError(NixError error) {
        super(
                null,
                error.getMessage()
                        + error.trace().stream()
                                .map(frame -> "\n  " + frame)
                                .reduce("", String::concat));
    }
}
