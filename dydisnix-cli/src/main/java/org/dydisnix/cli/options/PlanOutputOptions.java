package org.dydisnix.cli.options;

import org.dydisnix.model.DistributionWriter;
import picocli.CommandLine.Option;

/**
 * What a deployment-planning command prints: the distribution in a language, or one of its graphs.
 */
public final class PlanOutputOptions {

    @Option(
            names = "--format",
            paramLabel = "<format>",
            completionCandidates = LowerCaseCandidates.DistributionFormats.class,
            description =
                    "Language of the distribution model: ${COMPLETION-CANDIDATES} (default: nix).")
    public DistributionWriter.Format format = DistributionWriter.Format.NIX;

    @Option(
            names = "--output-xml",
            description = "Print the distribution in XML (same as --format xml).")
    public boolean outputXml;

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

    /** The language the distribution is printed in. */
    public DistributionWriter.Format format() {
        return outputXml ? DistributionWriter.Format.XML : format;
    }
}
