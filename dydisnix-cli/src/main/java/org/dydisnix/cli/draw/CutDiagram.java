package org.dydisnix.cli.draw;

import java.util.Optional;
import org.dydisnix.cli.plan.MultiwayCutPlanner;
import org.dydisnix.graph.Edge;
import org.dydisnix.graph.UndirectedGraph;
import org.dydisnix.graph.dot.ColorPalette;
import org.dydisnix.graph.dot.DotAttributes;
import org.dydisnix.graph.dot.DotGraph;
import org.dydisnix.graph.interfaces.MultiwayCut.Cut;

/**
 * The diagram of a multiway-cut plan: services and targets (boxes) with their edge weights; once a
 * cut is known, each vertex is filled with its side's colour and the cut edges are left out.
 */
public final class CutDiagram {

    private static final ColorPalette PALETTE = ColorPalette.pastel();

    private CutDiagram() {}

    /** The application–host graph, resolved by the cut, or without a cut the plain graph. */
    public static DotGraph of(UndirectedGraph graph, Optional<Cut> cut) {
        DotGraph.Builder dot = DotGraph.graph();
        cut.ifPresent(c -> dot.nodeDefaults(DotAttributes.of("style", "filled")));
        for (String vertex : graph.vertices()) {
            DotAttributes attributes =
                    cut.map(c -> filled(c, graph.indexOf(vertex))).orElse(DotAttributes.empty());
            dot.node(vertex, isHost(vertex) ? attributes.with("shape", "box") : attributes);
        }
        for (Edge edge : graph.edges()) {
            if (cut.isEmpty() || !crosses(cut.get(), edge)) {
                String label = isHost(edge.source()) || isHost(edge.target()) ? "n\u00b2" : "1";
                dot.edge(edge.source(), edge.target(), DotAttributes.of("label", label));
            }
        }
        return dot.build();
    }

    private static DotAttributes filled(Cut cut, int vertex) {
        return DotAttributes.of("fillcolor", PALETTE.color(cut.terminalIndexOf(vertex)));
    }

    private static boolean crosses(Cut cut, Edge edge) {
        return !cut.terminalOf(edge.source()).equals(cut.terminalOf(edge.target()));
    }

    private static boolean isHost(String vertex) {
        return vertex.startsWith(MultiwayCutPlanner.HOST);
    }
}
