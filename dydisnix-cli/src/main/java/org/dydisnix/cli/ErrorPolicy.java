package org.dydisnix.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one error policy of every command: a failure is one line on stderr prefixed with the
 * command's name and exit 1; a usage error is that line plus a hint and exit 2; stack traces only
 * with --debug.
 */
final class ErrorPolicy implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private final Dydisnix root;

    ErrorPolicy(Dydisnix root) {
        this.root = root;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        err.println(name + ": " + ex.getMessage());
        err.println("Try '" + name + " --help' for more information.");
        err.flush();
        return CommandLine.ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(
            Exception ex, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        if (ex instanceof ParameterException parameterException) {
            return handleParseException(
                    parameterException, parseResult.originalArgs().toArray(String[]::new));
        }
        err.println(name + ": " + describe(ex));
        if (ex instanceof org.dydisnix.nix.NixError nix) {
            if (root.debug()) {
                nix.trace().forEach(frame -> err.println("  … " + frame));
            }
        } else if (root.debug() && !(ex instanceof EvalCommand.TracedError)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return CommandLine.ExitCode.SOFTWARE;
    }

    static String describe(Throwable ex) {
        Throwable cause =
                ex instanceof UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
        if (cause instanceof NoSuchFileException e) {
            return e.getFile() + ": no such file or directory";
        }
        if (cause instanceof AccessDeniedException e) {
            return e.getFile() + ": permission denied";
        }
        if (cause instanceof FileSystemException e) {
            return e.getFile() + ": " + (e.getReason() == null ? "cannot access" : e.getReason());
        }
        if (cause instanceof IOException || isOurs(cause)) {
            return String.valueOf(cause.getMessage());
        }
        return "internal error: "
                + cause
                + " (rerun with --debug for a stack trace, and please report it)";
    }

    private static boolean isOurs(Throwable ex) {
        return ex.getClass().getName().startsWith("org.dydisnix.") && ex.getMessage() != null;
    }
}
