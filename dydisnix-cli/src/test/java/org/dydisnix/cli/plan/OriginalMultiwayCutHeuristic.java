package org.dydisnix.cli.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.Mapping;
import org.dydisnix.model.Service;
import org.dydisnix.model.ServicesModel;

/**
 * The original dydisnix-multiwaycut heuristic, written from its description as a test reference:
 * per host, the cut set is every linked service from which a search reaches another host; the
 * largest cut set is discarded (first host in name order on ties), all other cut links are removed,
 * and a service left without a host goes to its first candidate.
 */
final class OriginalMultiwayCutHeuristic {

    private OriginalMultiwayCutHeuristic() {}

    static Distribution distribute(ServicesModel services, Distribution candidates) {
        Map<String, Set<String>> serviceLinks = new TreeMap<>();
        for (String key : candidates.mappings().keySet()) {
            serviceLinks.computeIfAbsent(key, k -> new HashSet<>());
            Service service = services.services().get(key);
            for (String dependency : service.dependencies()) {
                if (candidates.mappings().containsKey(dependency) && !dependency.equals(key)) {
                    serviceLinks.get(key).add(dependency);
                    serviceLinks.computeIfAbsent(dependency, k -> new HashSet<>()).add(key);
                }
            }
        }
        Map<String, List<String>> hostsOf = new LinkedHashMap<>();
        SortedMap<String, List<String>> servicesOf = new TreeMap<>();
        candidates
                .mappings()
                .forEach(
                        (service, mappings) -> {
                            List<String> hosts =
                                    mappings.stream().map(Mapping::target).distinct().toList();
                            hostsOf.put(service, new ArrayList<>(hosts));
                            hosts.forEach(
                                    host ->
                                            servicesOf
                                                    .computeIfAbsent(host, h -> new ArrayList<>())
                                                    .add(service));
                        });
        Map<String, Set<String>> cutSets = new LinkedHashMap<>();
        String heaviest = null;
        for (String host : servicesOf.keySet()) {
            Set<String> cutSet = new HashSet<>();
            for (String service : servicesOf.get(host)) {
                if (reachesOtherHost(service, host, serviceLinks, hostsOf)) {
                    cutSet.add(service);
                }
            }
            cutSets.put(host, cutSet);
            if (heaviest == null || cutSet.size() > cutSets.get(heaviest).size()) {
                heaviest = host;
            }
        }
        for (Map.Entry<String, Set<String>> entry : cutSets.entrySet()) {
            if (!entry.getKey().equals(heaviest)) {
                entry.getValue().forEach(service -> hostsOf.get(service).remove(entry.getKey()));
            }
        }
        SortedMap<String, List<Mapping>> result = new TreeMap<>();
        hostsOf.forEach(
                (service, hosts) -> {
                    String host =
                            hosts.isEmpty()
                                    ? candidates.mappings().get(service).get(0).target()
                                    : hosts.get(0);
                    result.put(service, List.of(Mapping.to(host)));
                });
        return Distribution.of(result);
    }

    private static boolean reachesOtherHost(
            String start,
            String host,
            Map<String, Set<String>> serviceLinks,
            Map<String, List<String>> hostsOf) {
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>(queue);
        while (!queue.isEmpty()) {
            String service = queue.poll();
            if (hostsOf.get(service).stream().anyMatch(h -> !h.equals(host))) {
                return true;
            }
            for (String next : serviceLinks.get(service)) {
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return false;
    }
}
