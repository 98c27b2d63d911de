package org.dydisnix.cli.draw;

import java.util.List;
import java.util.Optional;
import org.dydisnix.graph.UndirectedGraph;
import org.dydisnix.graph.dot.ColorPalette;
import org.dydisnix.graph.dot.Dot;
import org.dydisnix.graph.dot.DotAttributes;
import org.dydisnix.graph.dot.DotGraph;
import org.dydisnix.graph.dot.DotSubgraph;
import org.dydisnix.graph.interfaces.VertexColoring.Coloring;

/**
 * The diagram of a graph-colouring plan: the services and their inter-dependencies, each service
 * filled with its target's colour and a legend of the targets once a colouring is known.
 */
public final class ColoringDiagram {

    private ColoringDiagram() {}

    /**
     * The problem graph, or without a colouring the plain graph; colour i is {@code targets[i]}.
     */
    public static DotGraph of(
            UndirectedGraph graph, List<String> targets, Optional<Coloring> coloring) {
        return coloring.map(c -> resolved(graph, c, targets)).orElseGet(() -> problem(graph));
    }

    private static DotGraph problem(UndirectedGraph graph) {
        DotGraph.Builder dot = DotGraph.graph().nodeDefaults(DotAttributes.of("shape", "Mrecord"));
        graph.vertices().forEach(dot::node);
        graph.edges().forEach(edge -> dot.edge(edge.source(), edge.target()));
        return dot.build();
    }

    private static DotGraph resolved(
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
