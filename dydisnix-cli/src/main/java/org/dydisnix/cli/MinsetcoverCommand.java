package org.dydisnix.cli;

import java.util.concurrent.Callable;
import org.dydisnix.cli.options.CandidateModelsOptions;
import org.dydisnix.cli.plan.SetCoverPlanner;
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

    @Mixin CandidateModelsOptions models;

    @Override
    public Integer call() throws Exception {
        CandidateModelsOptions.Inputs inputs = models.read();
        models.write(
                SetCoverPlanner.cover(
                        inputs.infrastructure(),
                        inputs.candidates(),
                        targetProperty,
                        "cost " + targetProperty));
        return 0;
    }
}
