package org.dydisnix.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dydisnix.cli.draw.CutDiagram;
import org.dydisnix.cli.options.DistributionOption;
import org.dydisnix.cli.options.LazySpec;
import org.dydisnix.cli.options.ModelOptions;
import org.dydisnix.cli.options.OutputOption;
import org.dydisnix.cli.options.PlanOutputOptions;
import org.dydisnix.cli.options.ServicesOption;
import org.dydisnix.cli.options.TargetPropertyOption;
import org.dydisnix.cli.plan.MultiwayCutPlanner;
import org.dydisnix.graph.interfaces.MultiwayCut.Cut;
import org.dydisnix.model.DistributionWriter;
import org.dydisnix.model.ModelReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dydisnix multiwaycut}: a distribution that keeps inter-dependent services on one machine.
 */
@Command(
        name = "multiwaycut",
        header =
                "Distribute services so that as few inter-dependencies as possible cross machines (multiway cut).",
        description = {
            "Each service of the distribution model (app:<service>) and each candidate target (host:<target>) "
                    + "is a vertex; an inter-dependency weighs 1 and a candidate placement n\u00b2. A multiway cut "
                    + "separating the targets (the isolating-cut algorithm, a 2 - 2/k approximation) keeps connected "
                    + "services together; every service ends up on one of its own candidates."
        },
        mixinStandardHelpOptions = true)
final class MultiwaycutCommand implements Callable<Integer> {

    @Mixin LazySpec spec;

    @Mixin ServicesOption services;

    @Option(
            names = {"-i", "--infrastructure"},
            paramLabel = "<file>",
            description =
                    "Infrastructure model; needed for a Nix distribution model only (with --xml, JSON or "
                            + "YAML the distribution's mappings name their targets).")
    Path infrastructure;

    @Mixin DistributionOption distribution;

    @Mixin ModelOptions models;

    @Mixin TargetPropertyOption target;

    @Mixin PlanOutputOptions plan;

    @Option(
            names = {"-v", "--verbose"},
            description = "Report the number of inter-machine links on stderr.")
    boolean verbose;

    @Mixin OutputOption output;

    @Override
    public Integer call() throws Exception {
        ModelReader reader = models.reader(target.targetProperty);
        MultiwayCutPlanner planner =
                new MultiwayCutPlanner(
                        reader.services(services.services),
                        reader.distribution(distribution.distribution, infrastructure));
        if (plan.outputGraph) {
            output.write(CutDiagram.of(planner.graph(), Optional.empty()).toDot());
            return 0;
        }
        Cut cut = planner.cut(plan.exact);
        if (plan.exact) {
            report(
                    (cut.isProvenOptimal() ? "proven optimal" : "not proven optimal")
                            + ", cut weight "
                            + (long) cut.weight());
        }
        if (verbose) {
            report(planner.interMachineLinks(cut) + " inter-machine links");
        }
        if (plan.outputResolvedGraph) {
            output.write(CutDiagram.of(planner.graph(), Optional.of(cut)).toDot());
            return 0;
        }
        output.write(DistributionWriter.write(planner.distribution(cut), plan.format()));
        return 0;
    }

    private void report(String message) {
        spec.get().commandLine().getErr().println(spec.get().qualifiedName() + ": " + message);
    }
}
