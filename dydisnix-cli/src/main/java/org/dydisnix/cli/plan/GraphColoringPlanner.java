package org.dydisnix.cli.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dydisnix.graph.UndirectedGraph;
import org.dydisnix.graph.color.ExactColoring;
import org.dydisnix.graph.color.LimitedColoring;
import org.dydisnix.graph.color.NotEnoughColorsException;
import org.dydisnix.graph.color.RecoloringSaturationDegreeColoring;
import org.dydisnix.graph.interfaces.VertexColoring.Coloring;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.Infrastructure;
import org.dydisnix.model.Mapping;
import org.dydisnix.model.ServicesModel;

/**
 * Plans a distribution by graph colouring: inter-dependent services never share a target, and as
 * few targets as the colouring finds are used; targets are taken in sorted key order.
 */
public final class GraphColoringPlanner {
    private final UndirectedGraph graph;
    private final List<String> targets;

    public GraphColoringPlanner(ServicesModel services, Infrastructure infrastructure) {
        this.graph = ServiceGraphs.interDependencies(services);
        this.targets = new ArrayList<>(infrastructure.targets().keySet());
    }

    /** The problem graph. */
    public UndirectedGraph graph() {
        return graph;
    }

    /** The targets, in colour order. */
    public List<String> targets() {
        return targets;
    }

    /**
     * Colours the graph with DSatur.
     *
     * @throws PlanningException if the services need more targets than the infrastructure has
     */
    public Coloring color() {
        return color(new RecoloringSaturationDegreeColoring(graph, targets.size()));
    }

    /**
     * Colours the graph exactly (branch and bound within a node budget); the result tells whether
     * it is proven optimal.
     *
     * @throws PlanningException if the services need more targets than the infrastructure has
     */
    public Coloring colorExactly() {
        return color(new ExactColoring(graph, ExactColoring.DEFAULT_NODE_BUDGET, targets.size()));
    }

    /** Runs a colouring limited to the number of targets; exceeding it is a planning failure. */
    private static Coloring color(LimitedColoring algorithm) {
        try {
            return algorithm.getColoring();
        } catch (NotEnoughColorsException e) {
            throw notEnoughTargets(e.colorsNeeded(), e.colorsAvailable());
        }
    }

    /** The failure for a colouring that needs more targets than there are. */
    private static PlanningException notEnoughTargets(int needed, int available) {
        return new PlanningException(
                "not enough target machines: the services need "
                        + needed
                        + " targets so that no two inter-dependent services share one, but the infrastructure has "
                        + available);
    }

    /** The distribution that maps each service to its colour's target. */
    public Distribution distribution(Coloring coloring) {
        SortedMap<String, List<Mapping>> mappings = new TreeMap<>();
        for (String service : graph.vertices()) {
            mappings.put(service, List.of(Mapping.to(targets.get(coloring.colorOf(service)))));
        }
        return Distribution.of(mappings);
    }
}
