package org.dydisnix.cli.options;

import picocli.CommandLine.Option;

/**
 * What a deployment-planning command prints: the distribution in a language, or one of its graphs.
 */
public final class PlanOutputOptions extends ResultFormatOptions {

    @Option(
            names = "--output-graph",
            description = "Print the problem graph in DOT instead of a distribution.")
    public boolean outputGraph;

    @Option(
            names = "--output-resolved-graph",
            description =
                    "Print the solved graph in DOT, coloured per target, instead of a distribution.")
    public boolean outputResolvedGraph;

    @Option(
            names = "--exact",
            description =
                    "Solve exactly (for small systems) and say on stderr whether the result is proven optimal.")
    public boolean exact;
}
