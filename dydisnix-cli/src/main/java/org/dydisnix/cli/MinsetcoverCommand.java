package org.dydisnix.cli;

import java.util.concurrent.Callable;
import org.dydisnix.cli.options.DistributionOption;
import org.dydisnix.cli.options.InfrastructureOption;
import org.dydisnix.cli.options.ModelOptions;
import org.dydisnix.cli.options.OutputOption;
import org.dydisnix.cli.options.ResultFormatOptions;
import org.dydisnix.cli.options.ServicesOption;
import org.dydisnix.cli.plan.SetCoverPlanner;
import org.dydisnix.model.DistributionWriter;
import org.dydisnix.model.ModelReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dydisnix minsetcover}: each service on one candidate, with as little target cost as
 * possible.
 */
@Command(
        name = "minsetcover",
        header =
                "Cover every service with as cheap a set of targets as possible (minimum set cover).",
        description = {
            "Each target covers the services that have it as a candidate and costs --target-property. The "
                    + "greedy approximation repeatedly takes the target with the least cost per service it newly "
                    + "covers; each service goes to the first chosen target that covers it."
        },
        mixinStandardHelpOptions = true)
final class MinsetcoverCommand implements Callable<Integer> {

    @Option(
            names = "--target-property",
            required = true,
            paramLabel = "<property>",
            description = "The numeric target property that is a target's cost.")
    String targetProperty;

    @Mixin ServicesOption services;

    @Mixin InfrastructureOption infrastructure;

    @Mixin DistributionOption distribution;

    @Mixin ModelOptions models;

    @Mixin ResultFormatOptions language;

    @Mixin OutputOption output;

    @Override
    public Integer call() throws Exception {
        ModelReader reader = models.reader();
        reader.services(services.services);
        var result =
                SetCoverPlanner.cover(
                        reader.infrastructure(infrastructure.infrastructure),
                        reader.distribution(
                                distribution.distribution, infrastructure.infrastructure),
                        targetProperty,
                        "cost " + targetProperty);
        output.write(DistributionWriter.write(result, language.format()));
        return 0;
    }
}
