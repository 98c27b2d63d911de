package org.dydisnix.graph.assign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The greedy approximation of weighted minimum set cover (an H(n) approximation): each target
 * covers the services that have it as a candidate; repeatedly the target with the smallest cost per
 * still uncovered service is taken (the first in sorted key order among equals), until every
 * service is covered. Each service goes to the first chosen target that covers it.
 */
public final class GreedySetCover {

    /**
     * The result.
     *
     * @param targetOf service to the target that covers it, in the candidates' order
     * @param chosen the targets taken, in the order they were chosen
     */
    public record Cover(Map<String, String> targetOf, List<String> chosen) {}

    private GreedySetCover() {}

    /**
     * @param candidates service to its candidate targets
     * @param cost target to its cost (every candidate target must have one)
     * @throws AssignmentException naming a service without candidate targets
     */
    public static Cover cover(Map<String, List<String>> candidates, Map<String, Double> cost) {
        Map<String, Set<String>> covers = new TreeMap<>();
        candidates.forEach(
                (service, targets) -> {
                    if (targets.isEmpty()) {
                        throw new AssignmentException(service, "it has no candidate targets");
                    }
                    for (String target : targets) {
                        if (!cost.containsKey(target)) {
                            throw new AssignmentException(
                                    service, "candidate target '" + target + "' has no cost");
                        }
                        covers.computeIfAbsent(target, t -> new LinkedHashSet<>()).add(service);
                    }
                });
        Set<String> uncovered = new LinkedHashSet<>(candidates.keySet());
        Map<String, String> covered = new LinkedHashMap<>();
        List<String> chosen = new ArrayList<>();
        while (!uncovered.isEmpty()) {
            String best = null;
            double bestRatio = 0;
            for (Map.Entry<String, Set<String>> entry : covers.entrySet()) {
                long count = entry.getValue().stream().filter(uncovered::contains).count();
                if (count == 0) {
                    continue;
                }
                double ratio = cost.get(entry.getKey()) / count;
                if (best == null || ratio < bestRatio) {
                    best = entry.getKey();
                    bestRatio = ratio;
                }
            }
            chosen.add(best);
            for (String service : covers.get(best)) {
                if (uncovered.remove(service)) {
                    covered.put(service, best);
                }
            }
        }
        Map<String, String> targetOf = new LinkedHashMap<>();
        candidates.keySet().forEach(service -> targetOf.put(service, covered.get(service)));
        return new Cover(targetOf, chosen);
    }
}
