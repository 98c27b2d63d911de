package org.dydisnix.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one error path of every command: a failure ({@link Failure}) is one line on stderr prefixed
 * with the command's name and exit 1; a usage error is that line plus a hint and exit 2, an unknown
 * option being reported before anything else; the trace and stack trace only with --debug.
 */
final class ErrorPolicy
        implements IExecutionExceptionHandler,
                IParameterExceptionHandler,
                IExitCodeExceptionMapper {
    private final Dydisnix root;

    ErrorPolicy(Dydisnix root) {
        this.root = root;
    }

    @Override
    public int getExitCode(Throwable exception) {
        return exception instanceof ParameterException
                ? CommandLine.ExitCode.USAGE
                : CommandLine.ExitCode.SOFTWARE;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        return usageError(
                ex,
                typedValues(
                        ex, unknownOptionsFirst(ex, ex.getCommandLine().getCommandSpec(), args)));
    }

    /**
     * picocli lists an enum option's constants (and their string forms) for a bad value; users type
     * the names that help and completion show.
     */
    private static String typedValues(ParameterException ex, String message) {
        int at = message.indexOf(": expected one of [");
        if (at < 0
                || !(ex.getCause() instanceof TypeConversionException)
                || !(ex.getArgSpec() instanceof OptionSpec option)
                || !option.type().isEnum()
                || option.completionCandidates() == null) {
            return message;
        }
        List<String> names = new ArrayList<>();
        option.completionCandidates().forEach(names::add);
        return message.substring(0, at)
                + ": expected one of ["
                + String.join(", ", names)
                + "] but was '"
                + ex.getValue()
                + "'";
    }

    private int usageError(ParameterException ex, String message) {
        PrintWriter err = ex.getCommandLine().getErr();
        String name = ex.getCommandLine().getCommandSpec().qualifiedName();
        err.println(name + ": " + message);
        err.println("Try '" + name + " --help' for more information.");
        err.flush();
        return getExitCode(ex);
    }

    /**
     * A failure of a command run by {@link QuickStart}: as {@link #handleExecutionException}, every
     * option on its command line being one the command knows.
     */
    int handleQuickFailure(Exception ex, CommandLine command) {
        if (ex instanceof ParameterException parameterException) {
            return usageError(parameterException, ex.getMessage());
        }
        return handleExecutionException(ex, command, null);
    }

    /**
     * picocli checks required options before unmatched arguments, so {@code --bogus} alone would be
     * reported as "missing -s"; the unknown option is what the user needs to hear first.
     */
    private static String unknownOptionsFirst(
            ParameterException ex, CommandSpec spec, String[] args) {
        if (ex instanceof UnmatchedArgumentException) {
            return ex.getMessage();
        }
        List<String> unknown = new ArrayList<>();
        boolean inCommand = spec.parent() == null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("--".equals(arg)) {
                break;
            }
            if (!inCommand) {
                inCommand = arg.equals(spec.name()) || List.of(spec.aliases()).contains(arg);
                continue;
            }
            if (!arg.startsWith("-") || "-".equals(arg)) {
                continue;
            }
            OptionSpec option = option(spec, arg);
            if (option == null) {
                unknown.add(arg);
            } else if (!arg.contains("=") && arg.startsWith("--") || arg.length() == 2) {
                i += option.arity().min();
            }
        }
        if (unknown.isEmpty()) {
            return ex.getMessage();
        }
        return (unknown.size() == 1 ? "Unknown option: '" : "Unknown options: '")
                + String.join("', '", unknown)
                + "'";
    }

    private static OptionSpec option(CommandSpec spec, String arg) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        OptionSpec option = spec.findOption(name);
        if (option == null && !name.startsWith("--") && name.length() > 2) {
            return spec.findOption(name.substring(0, 2));
        }
        return option;
    }

    @Override
    public int handleExecutionException(
            Exception ex, CommandLine command, ParseResult parseResult) {
        if (ex instanceof ParameterException parameterException) {
            return handleParseException(
                    parameterException, parseResult.originalArgs().toArray(String[]::new));
        }
        PrintWriter err = command.getErr();
        Failure failure = Failure.of(ex);
        err.println(command.getCommandSpec().qualifiedName() + ": " + failure.message());
        if (root.debug()) {
            failure.trace().forEach(frame -> err.println("  " + frame));
            if (!(ex instanceof org.dydisnix.nix.NixError)
                    && !(ex instanceof org.dydisnix.cli.eval.TracedError)) {
                ex.printStackTrace(err);
            }
        }
        err.flush();
        return getExitCode(ex);
    }
}
