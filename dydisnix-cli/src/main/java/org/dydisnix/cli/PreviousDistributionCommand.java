package org.dydisnix.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dydisnix.cli.options.OutputOption;
import org.dydisnix.cli.options.ResultFormatOptions;
import org.dydisnix.model.DistributionWriter;
import org.dydisnix.model.ManifestReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dydisnix previous-distribution}: the distribution of the last deployment. */
@Command(
        name = "previous-distribution",
        header = "Print the distribution of the last deployment, read from a Disnix manifest.",
        description = {
            "MANIFEST is a Disnix coordinator profile (e.g. /nix/var/nix/profiles/per-user/$USER/"
                    + "disnix-coordinator/default) or the manifest file it points to. Targets are printed as keys; "
                    + "containers only when some service is not in the container named after its type."
        },
        mixinStandardHelpOptions = true)
final class PreviousDistributionCommand implements Callable<Integer> {

    @Parameters(paramLabel = "MANIFEST", description = "The coordinator profile or manifest.")
    Path manifest;

    @Mixin ResultFormatOptions language;

    @Mixin OutputOption output;

    @Override
    public Integer call() throws Exception {
        output.write(
                DistributionWriter.write(
                        ManifestReader.previousDistribution(manifest), language.format()));
        return 0;
    }
}
