package org.dydisnix.cli;

import java.util.concurrent.Callable;
import org.dydisnix.cli.options.CandidateModelsOptions;
import org.dydisnix.cli.plan.CapacityPlanner;
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

    @Mixin CandidateModelsOptions models;

    @Override
    public Integer call() throws Exception {
        CandidateModelsOptions.Inputs inputs = models.read();
        models.write(
                CapacityPlanner.divide(
                        CapacityPlanner.strategy(strategy),
                        inputs.services(),
                        inputs.infrastructure(),
                        inputs.candidates(),
                        serviceProperty,
                        targetProperty,
                        strategy));
        return 0;
    }
}
