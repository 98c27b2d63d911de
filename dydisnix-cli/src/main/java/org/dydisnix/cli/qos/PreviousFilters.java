package org.dydisnix.cli.qos;

import static org.dydisnix.cli.qos.FilterCalls.arg;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.Mapping;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.SourcePosition;

/**
 * The filters that keep services where the previous deployment put them: {@code
 * mapStatefulToPrevious} and {@code mapBoundServicesToPrevious}.
 */
final class PreviousFilters {
    private final FilterCalls calls;

    PreviousFilters(FilterCalls calls) {
        this.calls = calls;
    }

    Object mapStatefulToPrevious(ModelNode args, SourcePosition at) {
        return toPrevious("mapStatefulToPrevious", args, true);
    }

    Object mapBoundServicesToPrevious(ModelNode args, SourcePosition at) {
        return toPrevious("mapBoundServicesToPrevious", args, false);
    }

    private Object toPrevious(String filter, ModelNode args, boolean statefulOnly) {
        ModelNode services = arg(args, "services", filter);
        Distribution candidates = calls.candidates(args, filter, null);
        ModelNode previousNode = arg(args, "previousDistribution", filter);
        if (previousNode.kind() == ModelNode.Kind.NULL) {
            return calls.recorded(filter, candidates);
        }
        Distribution previous = calls.distribution(previousNode, null);
        SortedMap<String, List<Mapping>> result = new TreeMap<>();
        candidates
                .mappings()
                .forEach(
                        (service, mappings) -> {
                            List<Mapping> before = previous.mappings().get(service);
                            if (before == null) {
                                result.put(service, mappings);
                            } else if (!statefulOnly) {
                                result.put(service, before);
                            } else if (stateful(services.get(service))) {
                                List<String> kept = before.stream().map(Mapping::target).toList();
                                result.put(
                                        service,
                                        mappings.stream()
                                                .filter(m -> kept.contains(m.target()))
                                                .toList());
                            } else {
                                result.put(service, mappings);
                            }
                        });
        return calls.recorded(filter, Distribution.of(result));
    }

    private static boolean stateful(ModelNode service) {
        if (service == null) {
            return false;
        }
        ModelNode stateful = service.get("stateful");
        return stateful != null && stateful.asBoolean();
    }
}
