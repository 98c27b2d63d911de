package org.dydisnix.cli.options;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code -i/--infrastructure} option: the infrastructure model to read. */
public final class InfrastructureOption {

    @Option(
            names = {"-i", "--infrastructure"},
            required = true,
            paramLabel = "<file>",
            description = "Infrastructure model (Nix expression, .json or .yaml).")
    public Path infrastructure;
}
