package org.dydisnix.graph.assign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Divides services over their candidate targets by capacity: each service needs an amount, each
 * target offers a capacity, and a placement takes the service's amount off the target. Services are
 * taken in the order of the candidates map; a candidate without a capacity is not considered.
 */
public final class CapacityDivision {

    /** How a target is chosen among the candidates that can still hold the service. */
    public enum Strategy {
        /** The first candidate, in candidate order, with enough capacity left. */
        GREEDY,
        /** The candidate with the most capacity left (the first of equals). */
        HIGHEST_BIDDER,
        /** The candidate with the least capacity left that still suffices (the first of equals). */
        LOWEST_BIDDER
    }

    /**
     * The result: each service's target and the capacity each target has left.
     *
     * @param targetOf service to its chosen target, in processing order
     * @param remaining target to the capacity it has left
     */
    public record Division(Map<String, String> targetOf, Map<String, Double> remaining) {}

    private CapacityDivision() {}

    /**
     * Divides the services.
     *
     * @param candidates service to its candidate targets, in processing order
     * @param demand service to the amount it needs
     * @param capacity target to the amount it offers
     * @throws AssignmentException naming the first service no candidate can hold
     */
    public static Division divide(
            Strategy strategy,
            Map<String, List<String>> candidates,
            Map<String, Double> demand,
            Map<String, Double> capacity) {
        Map<String, Double> remaining = new LinkedHashMap<>(capacity);
        Map<String, String> targetOf = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : candidates.entrySet()) {
            String service = entry.getKey();
            Double need = demand.get(service);
            if (need == null) {
                throw new AssignmentException(service, "its required amount is unknown");
            }
            String chosen = choose(strategy, entry.getValue(), need, remaining);
            if (chosen == null) {
                throw new AssignmentException(
                        service, insufficient(entry.getValue(), need, remaining));
            }
            remaining.put(chosen, remaining.get(chosen) - need);
            targetOf.put(service, chosen);
        }
        return new Division(targetOf, remaining);
    }

    private static String choose(
            Strategy strategy, List<String> targets, double need, Map<String, Double> remaining) {
        String chosen = null;
        for (String target : targets) {
            Double left = remaining.get(target);
            if (left == null || left < need) {
                continue;
            }
            if (strategy == Strategy.GREEDY) {
                return target;
            }
            if (chosen == null
                    || (strategy == Strategy.HIGHEST_BIDDER && left > remaining.get(chosen))
                    || (strategy == Strategy.LOWEST_BIDDER && left < remaining.get(chosen))) {
                chosen = target;
            }
        }
        return chosen;
    }

    private static String insufficient(
            List<String> targets, double need, Map<String, Double> remaining) {
        if (targets.isEmpty()) {
            return "it has no candidate targets";
        }
        StringBuilder left = new StringBuilder();
        for (String target : targets) {
            Double value = remaining.get(target);
            if (left.length() > 0) {
                left.append(", ");
            }
            left.append(target)
                    .append(' ')
                    .append(value == null ? "has no capacity property" : format(value) + " left");
        }
        return "needs "
                + format(need)
                + " but no candidate has enough capacity left ("
                + left
                + ")";
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
