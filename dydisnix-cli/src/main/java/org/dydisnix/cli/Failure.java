package org.dydisnix.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.dydisnix.cli.plan.PlanningException;
import org.dydisnix.graph.color.NotEnoughColorsException;
import org.dydisnix.image.ImageException;
import org.dydisnix.model.ModelException;
import org.dydisnix.nix.NixError;

/**
 * A failure as the user sees it: one line, the evaluation trace behind it (if any) and whether it
 * is the user's input (exit 1) or a defect of ours. The only place that decides which exception
 * types are user-facing; every command's errors pass through {@link #of}.
 *
 * @param message the one line, without the command's name
 * @param trace the Nix evaluation frames behind it, innermost first (shown with {@code --debug})
 * @param internal whether it is a defect of ours rather than a problem with the input
 */
public record Failure(String message, List<String> trace, boolean internal) {
    private static final java.util.regex.Pattern ESCAPES =
            java.util.regex.Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]|\u001B");

    /** Terminal escape sequences in messages (e.g. nixpkgs' colours) are dropped, as Nix does. */
    public Failure {
        message = message == null ? null : ESCAPES.matcher(message).replaceAll("");
        trace = trace.stream().map(frame -> ESCAPES.matcher(frame).replaceAll("")).toList();
    }

    /** A user-facing failure that a command raises itself: one line, exit 1. */
    public static final class CommandException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public CommandException(String message) {
            super(message);
        }

        public CommandException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The failure an exception stands for. */
    public static Failure of(Throwable ex) {
        Throwable cause =
                ex instanceof UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
        if (cause instanceof NixError e) {
            return new Failure(e.getMessage(), e.trace(), false);
        }
        if (cause instanceof ModelException
                || cause instanceof PlanningException
                || cause instanceof NotEnoughColorsException
                || cause instanceof ImageException
                || cause instanceof CommandException) {
            return user(cause.getMessage());
        }
        if (cause instanceof NoSuchFileException e) {
            return user(e.getFile() + ": no such file or directory");
        }
        if (cause instanceof AccessDeniedException e) {
            return user(e.getFile() + ": permission denied");
        }
        if (cause instanceof FileSystemException e) {
            return user(
                    (e.getFile() == null ? "" : e.getFile() + ": ")
                            + (e.getReason() == null ? "cannot access" : e.getReason()));
        }
        if (cause instanceof IOException) {
            return user(String.valueOf(cause.getMessage()));
        }
        return new Failure(
                "internal error: "
                        + cause
                        + " (rerun with --debug for a stack trace, and please report it)",
                List.of(),
                true);
    }

    private static Failure user(String message) {
        return new Failure(message, List.of(), false);
    }
}
