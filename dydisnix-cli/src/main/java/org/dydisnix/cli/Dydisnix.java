package org.dydisnix.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code dydisnix} top command: global options and the list of subcommands, whose picocli
 * models are built only when needed (start-up time: a run builds the one it invokes).
 */
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

    /** The subcommands' names, in the order help lists them. */
    static final List<String> COMMANDS =
            List.of(
                    "help",
                    "graphcol",
                    "multiwaycut",
                    "gendist",
                    "divide",
                    "minsetcover",
                    "augment-infra",
                    "previous-distribution",
                    "eval",
                    "visualize-services",
                    "visualize-infra",
                    "id-assign",
                    "document-services",
                    "create-multi-process-image");

    /** The commands that are also installed as {@code dydisnix-<command>}: all but help. */
    public static List<String> toolNames() {
        return COMMANDS.stream().filter(name -> !name.equals("help")).toList();
    }

    /** A new instance of the named subcommand, or null when there is none of that name. */
    static Object command(String name) {
        return switch (name) {
            case "help" -> new CommandLine.HelpCommand();
            case "graphcol" -> new GraphcolCommand();
            case "multiwaycut" -> new MultiwaycutCommand();
            case "gendist" -> new GendistCommand();
            case "divide" -> new DivideCommand();
            case "minsetcover" -> new MinsetcoverCommand();
            case "augment-infra" -> new AugmentInfraCommand();
            case "previous-distribution" -> new PreviousDistributionCommand();
            case "eval" -> new EvalCommand();
            case "visualize-services" -> new VisualizeServicesCommand();
            case "visualize-infra" -> new VisualizeInfraCommand();
            case "id-assign" -> new IdAssignCommand();
            case "document-services" -> new DocumentServicesCommand();
            case "create-multi-process-image" -> new CreateMultiProcessImageCommand();
            default -> null;
        };
    }

    /** A command line with every subcommand and the project's error policy installed. */
    public static CommandLine commandLine() {
        return commandLine(COMMANDS);
    }

    /**
     * A command line for these arguments: with only the subcommand they invoke when that is one
     * besides help, else (help, a usage error) with every subcommand.
     */
    public static CommandLine commandLine(String[] args) {
        String invoked = invoked(args);
        if (invoked == null) {
            return commandLine(List.of());
        }
        return commandLine(
                !invoked.equals("help") && command(invoked) != null ? List.of(invoked) : COMMANDS);
    }

    /**
     * The subcommand the arguments name: the first one that is no option of the top command; an
     * empty string when there is none; null when only --version is asked for (no subcommand is
     * needed).
     */
    private static String invoked(String[] args) {
        boolean version = false;
        for (String arg : args) {
            switch (arg) {
                case "--debug" -> {}
                case "-V", "--version" -> version = true;
                default -> {
                    return arg.startsWith("-") ? "" : arg;
                }
            }
        }
        return version ? null : "";
    }

    private static CommandLine commandLine(List<String> names) {
        Dydisnix root = new Dydisnix();
        CommandLine commandLine = new CommandLine(root);
        for (String name : names) {
            commandLine.addSubcommand(name, command(name));
        }
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        ErrorPolicy policy = new ErrorPolicy(root);
        commandLine.setExecutionExceptionHandler(policy);
        commandLine.setParameterExceptionHandler(policy);
        commandLine.setExitCodeExceptionMapper(policy);
        withVersion(commandLine);
        return commandLine;
    }

    /**
     * Enum values as users type them: help texts and completion list lower-case names (conversion
     * ignores case anyway).
     */
    private static void withLowerCaseValues(CommandSpec spec) {
        for (OptionSpec option : List.copyOf(spec.options())) {
            if (!option.type().isEnum() || option.completionCandidates() == null) {
                continue;
            }
            List<String> names = new java.util.ArrayList<>();
            for (Object constant : option.type().getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            List<String> candidates = new java.util.ArrayList<>();
            option.completionCandidates().forEach(candidates::add);
            if (candidates.equals(names)) {
                spec.remove(option);
                spec.addOption(
                        option.toBuilder()
                                .completionCandidates(
                                        names.stream()
                                                .map(
                                                        name ->
                                                                name.toLowerCase(
                                                                                java.util.Locale
                                                                                        .ROOT)
                                                                        .replace('_', '-'))
                                                .toList())
                                .build());
            }
        }
    }

    /** Every command prints the version its help page advertises. */
    private static void withVersion(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        if (spec.versionProvider() == null) {
            spec.versionProvider(new VersionProvider());
        }
        withLowerCaseValues(spec);
        command.getSubcommands().values().forEach(Dydisnix::withVersion);
    }
}
