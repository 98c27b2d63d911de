package org.dydisnix.cli.options;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code -d/--distribution} option: the distribution model to read. */
public final class DistributionOption {

    @Option(
            names = {"-d", "--distribution"},
            required = true,
            paramLabel = "<file>",
            description = "Distribution model (Nix function of {infrastructure}, .json or .yaml).")
    public Path distribution;
}
