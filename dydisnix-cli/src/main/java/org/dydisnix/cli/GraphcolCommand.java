package org.dydisnix.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.dydisnix.cli.draw.ColoringDiagram;
import org.dydisnix.cli.options.InfrastructureOption;
import org.dydisnix.cli.options.LazySpec;
import org.dydisnix.cli.options.ModelOptions;
import org.dydisnix.cli.options.OutputOption;
import org.dydisnix.cli.options.PlanOutputOptions;
import org.dydisnix.cli.options.ServicesOption;
import org.dydisnix.cli.options.TargetPropertyOption;
import org.dydisnix.cli.plan.GraphColoringPlanner;
import org.dydisnix.graph.interfaces.VertexColoring.Coloring;
import org.dydisnix.model.DistributionWriter;
import org.dydisnix.model.ModelReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code dydisnix graphcol}: a distribution in which every inter-dependency is a link between
 * machines.
 */
@Command(
        name = "graphcol",
        header =
                "Distribute services so that every inter-dependency crosses machines (graph colouring).",
        description = {
            "Services are nodes, inter-dependencies (dependsOn and connectsTo) are undirected edges and the "
                    + "infrastructure's targets, in sorted key order, are colours. DSatur colours the graph; each "
                    + "service is mapped to its colour's target and the distribution model is printed."
        },
        mixinStandardHelpOptions = true)
final class GraphcolCommand implements Callable<Integer> {

    @Mixin LazySpec spec;

    @Mixin ServicesOption services;

    @Mixin InfrastructureOption infrastructure;

    @Mixin ModelOptions models;

    @Mixin TargetPropertyOption target;

    @Mixin PlanOutputOptions plan;

    @Mixin OutputOption output;

    @Override
    public Integer call() throws Exception {
        ModelReader reader = models.reader(target.targetProperty);
        GraphColoringPlanner planner =
                new GraphColoringPlanner(
                        reader.services(services.services),
                        reader.infrastructure(infrastructure.infrastructure));
        if (plan.outputGraph) {
            output.write(
                    ColoringDiagram.of(planner.graph(), planner.targets(), Optional.empty())
                            .toDot());
            return 0;
        }
        Coloring coloring = plan.exact ? planner.colorExactly() : planner.color();
        if (plan.exact) {
            spec.get()
                    .commandLine()
                    .getErr()
                    .println(
                            spec.get().qualifiedName()
                                    + ": "
                                    + coloring.numberOfColors()
                                    + " targets used; "
                                    + (coloring.isProvenOptimal()
                                            ? "proven optimal"
                                            : "not proven optimal (search budget exhausted)"));
        }
        if (plan.outputResolvedGraph) {
            output.write(
                    ColoringDiagram.of(planner.graph(), planner.targets(), Optional.of(coloring))
                            .toDot());
            return 0;
        }
        output.write(DistributionWriter.write(planner.distribution(coloring), plan.format()));
        return 0;
    }
}
