package org.dydisnix.cli.options;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code -s/--services} option: the services model to read. */
public final class ServicesOption {

    @Option(
            names = {"-s", "--services"},
            required = true,
            paramLabel = "<file>",
            description = "Services model (Nix expression, .json or .yaml).")
    public Path services;
}
