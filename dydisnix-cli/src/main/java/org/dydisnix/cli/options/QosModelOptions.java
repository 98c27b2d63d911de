package org.dydisnix.cli.options;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.ManifestReader;
import picocli.CommandLine.Option;

/**
 * What {@code gendist} hands its QoS model besides services and infrastructure: the QoS model, the
 * initial candidates, custom filters and the coordinator profile of the previous deployment.
 */
public final class QosModelOptions {

    /** Where Disnix keeps coordinator profiles when no path is given. */
    static final String DEFAULT_PROFILES = "/nix/var/nix/profiles/per-user/%s/disnix-coordinator";

    @Option(
            names = {"-q", "--qos"},
            paramLabel = "<file>",
            description = "QoS model: a Nix function returning the distribution.")
    public Path qos;

    @Option(
            names = {"-d", "--distribution"},
            paramLabel = "<file>",
            description =
                    "Initial candidate distribution (default: every service on every target).")
    public Path distribution;

    @Option(
            names = {"-F", "--filters"},
            paramLabel = "<file>",
            description =
                    "Custom filters: a Nix function of { pkgs, referenceFilters } returning filters that are merged over the built-in ones.")
    public Path filters;

    @Option(
            names = "--coordinator-profile-path",
            paramLabel = "<dir>",
            description =
                    "Where the coordinator profiles are (default: /nix/var/nix/profiles/per-user/$USER/disnix-coordinator).")
    Path coordinatorProfilePath;

    @Option(
            names = {"-p", "--profile"},
            paramLabel = "<name>",
            defaultValue = "default",
            description =
                    "The coordinator profile whose last deployment is the previous distribution (default: ${DEFAULT-VALUE}).")
    String profile;

    /** The distribution of the last deployment in the coordinator profile, or null. */
    public Distribution previousDistribution() {
        Path profiles =
                coordinatorProfilePath != null
                        ? coordinatorProfilePath
                        : Path.of(String.format(DEFAULT_PROFILES, System.getProperty("user.name")));
        Path manifest = profiles.resolve(profile);
        return Files.isRegularFile(manifest) ? ManifestReader.previousDistribution(manifest) : null;
    }
}
