package org.dydisnix.cli.options;

import picocli.CommandLine.Option;

/**
 * The {@code --target-property} option of commands that read infrastructure models: the target
 * property that holds a machine's address, as in the original tools.
 */
public final class TargetPropertyOption {

    @Option(
            names = "--target-property",
            paramLabel = "<name>",
            defaultValue = "${env:DISNIX_TARGET_PROPERTY:-hostname}",
            description =
                    "Target property holding a machine's address (default: $DISNIX_TARGET_PROPERTY, else hostname).")
    public String targetProperty;
}
