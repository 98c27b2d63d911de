package org.dydisnix.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.dydisnix.cli.options.InfrastructureOption;
import org.dydisnix.cli.options.LazySpec;
import org.dydisnix.cli.options.ModelOptions;
import org.dydisnix.cli.options.OutputOption;
import org.dydisnix.cli.options.PlanOutputOptions;
import org.dydisnix.cli.options.ServicesOption;
import org.dydisnix.cli.options.TargetPropertyOption;
import org.dydisnix.cli.plan.GraphColoringPlanner;
import org.dydisnix.graph.UndirectedGraph;
import org.dydisnix.graph.dot.ColorPalette;
import org.dydisnix.graph.dot.Dot;
import org.dydisnix.graph.dot.DotAttributes;
import org.dydisnix.graph.dot.DotGraph;
import org.dydisnix.graph.dot.DotSubgraph;
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
            output.write(problemGraph(planner.graph()).toDot());
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
            output.write(resolvedGraph(planner.graph(), coloring, planner.targets()).toDot());
            return 0;
        }
        output.write(DistributionWriter.write(planner.distribution(coloring), plan.format()));
        return 0;
    }

    private static DotGraph problemGraph(UndirectedGraph graph) {
        DotGraph.Builder dot = DotGraph.graph().nodeDefaults(DotAttributes.of("shape", "Mrecord"));
        graph.vertices().forEach(dot::node);
        graph.edges().forEach(edge -> dot.edge(edge.source(), edge.target()));
        return dot.build();
    }

    private static DotGraph resolvedGraph(
            UndirectedGraph graph, Coloring coloring, List<String> targets) {
        ColorPalette palette = ColorPalette.pastel();
        DotGraph.Builder dot =
                DotGraph.graph()
                        .nodeDefaults(DotAttributes.of("shape", "Mrecord", "style", "filled"));
        for (String service : graph.vertices()) {
            int color = coloring.colorOf(service);
            dot.node(
                    service,
                    DotAttributes.empty()
                            .withRaw(
                                    "label",
                                    Dot.recordLabel(
                                            Dot.recordField(service),
                                            Dot.recordField(targets.get(color))))
                            .with("fillcolor", palette.color(color)));
        }
        graph.edges().forEach(edge -> dot.edge(edge.source(), edge.target()));
        DotSubgraph.Builder legend = DotSubgraph.cluster("legend").attribute("label", "targets");
        for (int color = 0; color < coloring.numberOfColors(); color++) {
            legend.node(
                    "target " + targets.get(color),
                    DotAttributes.of("label", targets.get(color), "fillcolor", palette.color(color))
                            .with("shape", "box"));
        }
        return dot.subgraph(legend.build()).build();
    }
}
