package org.dydisnix.cli.qos;

import static org.dydisnix.cli.qos.FilterCalls.PREFIX;
import static org.dydisnix.cli.qos.FilterCalls.arg;
import static org.dydisnix.cli.qos.FilterCalls.names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dydisnix.cli.plan.PlanningException;
import org.dydisnix.graph.assign.RoundRobin;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.Mapping;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.SourcePosition;

/**
 * {@code divideRoundRobin} and the helpers the original exposes with it: {@code findSuccessor},
 * {@code findNextTarget} and {@code generateRoundRobinDistribution}.
 */
final class RoundRobinFilters {
    private final FilterCalls calls;

    RoundRobinFilters(FilterCalls calls) {
        this.calls = calls;
    }

    Object findSuccessor(ModelNode args, SourcePosition at) {
        List<String> targets = names(arg(args, "targets", "findSuccessor"));
        String previous = arg(args, "previousTarget", "findSuccessor").asString();
        List<String> all = names(arg(args, "allTargets", "findSuccessor"));
        if (!targets.contains(previous) || all.isEmpty()) {
            throw new PlanningException(
                    PREFIX + "findSuccessor: '" + previous + "' is not among the targets");
        }
        return RoundRobin.successor(targets, previous, all);
    }

    Object findNextTarget(ModelNode args, SourcePosition at) {
        List<String> targets = names(arg(args, "targets", "findNextTarget"));
        ModelNode previous = arg(args, "previousTarget", "findNextTarget");
        if (targets.isEmpty()) {
            throw new PlanningException(
                    PREFIX + "findNextTarget: there are no targets to choose from");
        }
        return RoundRobin.next(
                targets, previous.kind() == ModelNode.Kind.NULL ? null : previous.asString());
    }

    Object generateRoundRobinDistribution(ModelNode args, SourcePosition at) {
        List<String> serviceNames =
                names(arg(args, "serviceNames", "generateRoundRobinDistribution"));
        Distribution candidates = calls.candidates(args, "generateRoundRobinDistribution", null);
        ModelNode previousNode = arg(args, "previousTarget", "generateRoundRobinDistribution");
        String previous =
                previousNode.kind() == ModelNode.Kind.NULL ? null : previousNode.asString();
        List<Object> result = new ArrayList<>();
        for (String service : serviceNames) {
            List<Mapping> mappings = candidates.mappings().get(service);
            if (mappings == null || mappings.isEmpty()) {
                throw new PlanningException(
                        calls.noCandidates("generateRoundRobinDistribution", service));
            }
            previous = RoundRobin.next(mappings.stream().map(Mapping::target).toList(), previous);
            Map<String, Object> entry = new TreeMap<>();
            entry.put("name", service);
            entry.put("value", List.of(previous));
            result.add(entry);
        }
        return result;
    }

    Object divideRoundRobin(ModelNode args, SourcePosition at) {
        Distribution candidates = calls.candidates(args, "divideRoundRobin", null);
        calls.requireCandidates("divideRoundRobin", candidates);
        Map<String, List<String>> lists = new LinkedHashMap<>();
        candidates
                .mappings()
                .forEach((s, m) -> lists.put(s, m.stream().map(Mapping::target).toList()));
        SortedMap<String, List<Mapping>> result = new TreeMap<>();
        RoundRobin.assign(lists).forEach((s, t) -> result.put(s, List.of(Mapping.to(t))));
        return calls.recorded("divideRoundRobin", Distribution.of(result));
    }
}
