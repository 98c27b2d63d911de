package org.dydisnix.graph.assign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Round robin over candidate targets: services are taken in order and each goes to the candidate
 * after the previous service's target in its own candidate list (wrapping around), or to its first
 * candidate when the previous target is not among its candidates.
 */
public final class RoundRobin {

    private RoundRobin() {}

    /**
     * @param candidates service to its candidate targets, in processing order
     * @return service to its target, in processing order
     * @throws AssignmentException naming a service without candidate targets
     */
    public static Map<String, String> assign(Map<String, List<String>> candidates) {
        Map<String, String> targetOf = new LinkedHashMap<>();
        String previous = null;
        for (Map.Entry<String, List<String>> entry : candidates.entrySet()) {
            List<String> targets = entry.getValue();
            if (targets.isEmpty()) {
                throw new AssignmentException(entry.getKey(), "it has no candidate targets");
            }
            previous = next(targets, previous);
            targetOf.put(entry.getKey(), previous);
        }
        return targetOf;
    }

    /**
     * The target after {@code previous} in {@code targets} (wrapping around), or the first target
     * when {@code previous} is null or not among them.
     */
    public static String next(List<String> targets, String previous) {
        int at = previous == null ? -1 : targets.indexOf(previous);
        return at < 0 ? targets.get(0) : targets.get((at + 1) % targets.size());
    }

    /**
     * The target after {@code previous} in {@code targets}, or the first of {@code allTargets} when
     * {@code previous} is the last of {@code targets}.
     */
    public static String successor(List<String> targets, String previous, List<String> allTargets) {
        int at = targets.indexOf(previous);
        if (at < 0) {
            throw new IllegalArgumentException("'" + previous + "' is not among the targets");
        }
        return at + 1 < targets.size() ? targets.get(at + 1) : allTargets.get(0);
    }
}
