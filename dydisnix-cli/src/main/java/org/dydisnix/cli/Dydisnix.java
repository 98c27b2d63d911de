package org.dydisnix.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code dydisnix} top command: global options and the list of subcommands. */
@Command(
        name = "dydisnix",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header =
                "Deployment planning and visualisation for Disnix, and multi-process container images.",
        description = {
            "Reads Disnix services, infrastructure and distribution models (Nix, JSON or YAML) without "
                    + "needing Nix installed, computes distributions, draws the system as Graphviz DOT, "
                    + "and builds multi-process OCI images.",
            "Each subcommand is also installed as dydisnix-<subcommand>."
        },
        subcommands = {
            CommandLine.HelpCommand.class,
            GraphcolCommand.class,
            MultiwaycutCommand.class,
            EvalCommand.class,
            VisualizeServicesCommand.class,
            VisualizeInfraCommand.class,
            IdAssignCommand.class,
            DocumentServicesCommand.class,
            CreateMultiProcessImageCommand.class,
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            " 0:success",
            " 1:failure (bad model, impossible request, I/O error)",
            " 2:usage error (unknown option, missing argument)"
        })
public final class Dydisnix implements Callable<Integer> {

    @Spec CommandSpec spec;

    private boolean debug;

    /** Whether stack traces are shown on errors. */
    public boolean debug() {
        return debug;
    }

    @Option(
            names = "--debug",
            scope = ScopeType.INHERIT,
            description = "Show stack traces and evaluation traces on errors.")
    void setDebug(boolean debug) {
        this.debug = debug;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }

    /** A command line with the project's error policy installed. */
    public static CommandLine commandLine() {
        Dydisnix root = new Dydisnix();
        CommandLine commandLine = new CommandLine(root).setCaseInsensitiveEnumValuesAllowed(true);
        ErrorPolicy policy = new ErrorPolicy(root);
        commandLine.setExecutionExceptionHandler(policy);
        commandLine.setParameterExceptionHandler(policy);
        return commandLine;
    }
}
