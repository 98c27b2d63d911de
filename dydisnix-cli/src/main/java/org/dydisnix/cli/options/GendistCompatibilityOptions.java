package org.dydisnix.cli.options;

import picocli.CommandLine.Option;

/** The original {@code dydisnix-gendist}'s options that change nothing here, accepted as given. */
public final class GendistCompatibilityOptions {

    @Option(
            names = "--target-property",
            paramLabel = "<property>",
            description =
                    "Accepted for compatibility: targets are named by their infrastructure key.")
    String targetProperty;

    @Option(
            names = "--interface",
            paramLabel = "<executable>",
            description = "Accepted for compatibility (used by deployments only).")
    String clientInterface;

    @Option(
            names = "--stdout",
            description =
                    "Accepted for compatibility: the result goes to stdout unless -o is given.")
    boolean stdout;

    @Option(
            names = "--no-out-link",
            description = "Accepted for compatibility: no result link is made.")
    boolean noOutLink;

    @Option(names = "--show-trace", description = "Accepted for compatibility (see --debug).")
    boolean showTrace;
}
