package org.dydisnix.cli.plan;

import java.util.List;
import java.util.Map;
import org.dydisnix.graph.assign.AssignmentException;
import org.dydisnix.graph.assign.GreedySetCover;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.Infrastructure;

/**
 * Plans a distribution with as little total target cost as the greedy set-cover approximation
 * finds: every service lands on one of its candidates, and the chosen targets' cost is small.
 */
public final class SetCoverPlanner {

    private SetCoverPlanner() {}

    /**
     * @param targetProperty the numeric target property that is the cost of using a target
     * @param filter how the step is named in messages
     */
    public static Distribution cover(
            Infrastructure infrastructure,
            Distribution candidates,
            String targetProperty,
            String filter) {
        Map<String, List<String>> lists = Quantities.candidates(candidates);
        Map<String, Double> cost = Quantities.ofTargets(infrastructure, targetProperty, filter);
        try {
            return CapacityPlanner.chosen(candidates, GreedySetCover.cover(lists, cost).targetOf());
        } catch (AssignmentException e) {
            throw new PlanningException(
                    filter
                            + ": cannot cover service '"
                            + e.service()
                            + "' (cost "
                            + targetProperty
                            + "): "
                            + e.reason());
        }
    }
}
