package org.dydisnix.cli.plan;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dydisnix.graph.assign.AssignmentException;
import org.dydisnix.graph.assign.CapacityDivision;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.Infrastructure;
import org.dydisnix.model.Mapping;
import org.dydisnix.model.ServicesModel;

/**
 * Plans a distribution by dividing services over their candidates by capacity: a service property
 * (what it needs) is taken off a target property (what the target offers).
 */
public final class CapacityPlanner {

    private CapacityPlanner() {}

    /** The strategy named as the original tool names it: greedy, highest-bidder, lowest-bidder. */
    public static CapacityDivision.Strategy strategy(String name) {
        return switch (name) {
            case "greedy" -> CapacityDivision.Strategy.GREEDY;
            case "highest-bidder" -> CapacityDivision.Strategy.HIGHEST_BIDDER;
            case "lowest-bidder" -> CapacityDivision.Strategy.LOWEST_BIDDER;
            default ->
                    throw new PlanningException(
                            "unknown strategy '"
                                    + name
                                    + "' (expected greedy, highest-bidder or lowest-bidder)");
        };
    }

    /**
     * Each service of the candidates on one target, keeping the candidate's container.
     *
     * @param filter how the step is named in messages
     */
    public static Distribution divide(
            CapacityDivision.Strategy strategy,
            ServicesModel services,
            Infrastructure infrastructure,
            Distribution candidates,
            String serviceProperty,
            String targetProperty,
            String filter) {
        Map<String, List<String>> lists = Quantities.candidates(candidates);
        Map<String, Double> demand =
                Quantities.ofServices(services, candidates, serviceProperty, filter);
        Map<String, Double> capacity = Quantities.ofTargets(infrastructure, targetProperty, filter);
        try {
            CapacityDivision.Division division =
                    CapacityDivision.divide(strategy, lists, demand, capacity);
            return chosen(candidates, division.targetOf());
        } catch (AssignmentException e) {
            throw new PlanningException(
                    filter
                            + ": cannot place service '"
                            + e.service()
                            + "' ("
                            + serviceProperty
                            + " against "
                            + targetProperty
                            + "): "
                            + e.reason());
        }
    }

    /** The candidates narrowed to the chosen target of each service. */
    static Distribution chosen(Distribution candidates, Map<String, String> targetOf) {
        SortedMap<String, List<Mapping>> result = new TreeMap<>();
        targetOf.forEach(
                (service, target) ->
                        result.put(
                                service,
                                List.of(
                                        candidates.mappings().get(service).stream()
                                                .filter(m -> m.target().equals(target))
                                                .findFirst()
                                                .orElse(Mapping.to(target)))));
        return Distribution.of(result);
    }
}
