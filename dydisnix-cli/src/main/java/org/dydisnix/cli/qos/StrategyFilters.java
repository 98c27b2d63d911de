package org.dydisnix.cli.qos;

import static org.dydisnix.cli.qos.FilterCalls.PREFIX;
import static org.dydisnix.cli.qos.FilterCalls.arg;
import static org.dydisnix.cli.qos.FilterCalls.string;

import java.util.TreeMap;
import org.dydisnix.cli.plan.CapacityPlanner;
import org.dydisnix.cli.plan.GraphColoringPlanner;
import org.dydisnix.cli.plan.MultiwayCutPlanner;
import org.dydisnix.cli.plan.PlanningException;
import org.dydisnix.cli.plan.SetCoverPlanner;
import org.dydisnix.graph.interfaces.MultiwayCut.Cut;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.Infrastructure;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.Models;
import org.dydisnix.model.SourcePosition;

/**
 * The strategies that decide among the candidates, which the original runs as external programs:
 * {@code divide}, {@code minsetcover}, {@code multiwaycut} and {@code graphcol}.
 */
final class StrategyFilters {
    private final FilterCalls calls;

    StrategyFilters(FilterCalls calls) {
        this.calls = calls;
    }

    Object divide(ModelNode args, SourcePosition at) {
        String strategy = string(args, "strategy", "divide");
        String serviceProperty = string(args, "serviceProperty", "divide");
        String targetProperty = string(args, "targetProperty", "divide");
        ModelNode infrastructureNode = arg(args, "infrastructure", "divide");
        Distribution candidates = calls.candidates(args, "divide", infrastructureNode);
        calls.requireCandidates("divide", candidates);
        Distribution result =
                CapacityPlanner.divide(
                        CapacityPlanner.strategy(strategy),
                        calls.services(args, "divide"),
                        Models.infrastructure(infrastructureNode),
                        candidates,
                        serviceProperty,
                        targetProperty,
                        PREFIX + "divide (" + strategy + ")");
        return calls.recorded("divide(" + strategy + ")", result);
    }

    Object minsetcover(ModelNode args, SourcePosition at) {
        String targetProperty = string(args, "targetProperty", "minsetcover");
        ModelNode infrastructureNode = arg(args, "infrastructure", "minsetcover");
        Distribution candidates = calls.candidates(args, "minsetcover", infrastructureNode);
        calls.requireCandidates("minsetcover", candidates);
        Distribution result =
                SetCoverPlanner.cover(
                        Models.infrastructure(infrastructureNode),
                        candidates,
                        targetProperty,
                        PREFIX + "minsetcover");
        return calls.recorded("minsetcover(" + targetProperty + ")", result);
    }

    Object multiwaycut(ModelNode args, SourcePosition at) {
        ModelNode infrastructureNode = arg(args, "infrastructure", "multiwaycut");
        Distribution candidates = calls.candidates(args, "multiwaycut", infrastructureNode);
        calls.requireCandidates("multiwaycut", candidates);
        MultiwayCutPlanner planner =
                new MultiwayCutPlanner(calls.services(args, "multiwaycut"), candidates);
        Cut cut = planner.cut(false);
        Distribution result =
                cut == null ? Distribution.of(new TreeMap<>()) : planner.distribution(cut);
        return calls.recorded("multiwaycut", result);
    }

    Object graphcol(ModelNode args, SourcePosition at) {
        Infrastructure infrastructure =
                Models.infrastructure(arg(args, "infrastructure", "graphcol"));
        GraphColoringPlanner planner =
                new GraphColoringPlanner(calls.services(args, "graphcol"), infrastructure);
        try {
            return calls.recorded("graphcol", planner.distribution(planner.color()));
        } catch (PlanningException e) {
            throw new PlanningException(PREFIX + "graphcol: " + e.getMessage());
        }
    }
}
