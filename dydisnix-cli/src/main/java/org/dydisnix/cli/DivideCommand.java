package org.dydisnix.cli;

import java.util.concurrent.Callable;
import org.dydisnix.cli.options.DistributionOption;
import org.dydisnix.cli.options.InfrastructureOption;
import org.dydisnix.cli.options.ModelOptions;
import org.dydisnix.cli.options.OutputOption;
import org.dydisnix.cli.options.ResultFormatOptions;
import org.dydisnix.cli.options.ServicesOption;
import org.dydisnix.cli.plan.CapacityPlanner;
import org.dydisnix.model.DistributionWriter;
import org.dydisnix.model.ModelReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dydisnix divide}: each service on one candidate target, by capacity. */
@Command(
        name = "divide",
        header = "Divide services over their candidate targets by capacity.",
        description = {
            "Each service needs --service-property (a number) of what a target offers in --target-property; "
                    + "services are placed in sorted order and each placement takes the amount off the target. "
                    + "greedy takes the first candidate with enough left, highest-bidder the one with the most left, "
                    + "lowest-bidder the one with the least left that still suffices."
        },
        mixinStandardHelpOptions = true)
final class DivideCommand implements Callable<Integer> {

    @Option(
            names = "--strategy",
            required = true,
            paramLabel = "<strategy>",
            description = "greedy, highest-bidder or lowest-bidder.")
    String strategy;

    @Option(
            names = "--service-property",
            required = true,
            paramLabel = "<property>",
            description = "The numeric service property: what a service needs.")
    String serviceProperty;

    @Option(
            names = "--target-property",
            required = true,
            paramLabel = "<property>",
            description = "The numeric target property: what a target offers.")
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
        var result =
                CapacityPlanner.divide(
                        CapacityPlanner.strategy(strategy),
                        reader.services(services.services),
                        reader.infrastructure(infrastructure.infrastructure),
                        reader.distribution(
                                distribution.distribution, infrastructure.infrastructure),
                        serviceProperty,
                        targetProperty,
                        strategy);
        output.write(DistributionWriter.write(result, language.format()));
        return 0;
    }
}
