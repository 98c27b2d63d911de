package org.dydisnix.cli.options;

import org.dydisnix.model.DistributionWriter;
import picocli.CommandLine.Option;

/** The language a command prints its model in: {@code --format}, or the original's --output-xml. */
public class ResultFormatOptions {

    @Option(
            names = "--format",
            paramLabel = "<format>",
            completionCandidates = LowerCaseCandidates.DistributionFormats.class,
            description = "Language of the result: ${COMPLETION-CANDIDATES} (default: nix).")
    DistributionWriter.Format format = DistributionWriter.Format.NIX;

    @Option(names = "--output-xml", description = "Print the result in XML (same as --format xml).")
    boolean outputXml;

    /** The language the result is printed in. */
    public DistributionWriter.Format format() {
        return outputXml ? DistributionWriter.Format.XML : format;
    }
}
