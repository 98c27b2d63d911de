package org.dydisnix.cli.qos;

import static org.dydisnix.cli.qos.FilterCalls.PREFIX;
import static org.dydisnix.cli.qos.FilterCalls.arg;
import static org.dydisnix.cli.qos.FilterCalls.string;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dydisnix.cli.plan.PlanningException;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.Infrastructure;
import org.dydisnix.model.Mapping;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.Models;
import org.dydisnix.model.SourcePosition;
import org.dydisnix.model.Target;

/**
 * The filters that narrow or order candidates by comparing a service property with a target
 * property: {@code mapAttrOnAttr}, {@code mapAttrOnList}, {@code mapListOnAttr} and {@code order}.
 */
final class PropertyFilters {
    private final FilterCalls calls;

    PropertyFilters(FilterCalls calls) {
        this.calls = calls;
    }

    /** Narrows the candidates to the targets whose property matches the service's. */
    Object narrow(PropertyMatch match, ModelNode args) {
        String filter = match.filter();
        String serviceProperty = string(args, match.serviceArg(), filter);
        String targetProperty = string(args, match.targetArg(), filter);
        ModelNode infrastructureNode = arg(args, "infrastructure", filter);
        Infrastructure infrastructure = Models.infrastructure(infrastructureNode);
        Distribution candidates = calls.candidates(args, filter, infrastructureNode);
        arg(args, "services", filter);
        Map<String, Object> values = new HashMap<>();
        SortedMap<String, List<Mapping>> result = new TreeMap<>();
        candidates
                .mappings()
                .forEach(
                        (service, mappings) -> {
                            List<Mapping> kept = new ArrayList<>();
                            for (Mapping mapping : mappings) {
                                Target target = infrastructure.targets().get(mapping.target());
                                PropertyMatch.Side ofService =
                                        new PropertyMatch.Side(
                                                serviceValue(
                                                        args,
                                                        values,
                                                        service,
                                                        serviceProperty,
                                                        filter),
                                                "service '" + service + "'",
                                                serviceProperty);
                                PropertyMatch.Side ofTarget =
                                        new PropertyMatch.Side(
                                                targetValue(target, targetProperty, filter),
                                                "target '" + target.key() + "'",
                                                targetProperty);
                                if (match.predicate().test(ofService, ofTarget)) {
                                    kept.add(mapping);
                                }
                            }
                            result.put(service, List.copyOf(kept));
                        });
        return calls.recorded(
                filter + "(" + serviceProperty + ", " + targetProperty + ")",
                Distribution.of(result));
    }

    Object order(ModelNode args, SourcePosition at) {
        String targetProperty = string(args, "targetProperty", "order");
        ModelNode infrastructureNode = arg(args, "infrastructure", "order");
        Infrastructure infrastructure = Models.infrastructure(infrastructureNode);
        Distribution candidates = calls.candidates(args, "order", infrastructureNode);
        Comparator<Mapping> byProperty =
                (a, b) ->
                        Values.compare(
                                targetValue(
                                        infrastructure.targets().get(a.target()),
                                        targetProperty,
                                        "order"),
                                targetValue(
                                        infrastructure.targets().get(b.target()),
                                        targetProperty,
                                        "order"),
                                PREFIX + "order: property '" + targetProperty + "'");
        SortedMap<String, List<Mapping>> result = new TreeMap<>();
        candidates
                .mappings()
                .forEach(
                        (service, mappings) -> {
                            List<Mapping> sorted = new ArrayList<>(mappings);
                            sorted.sort(byProperty);
                            result.put(service, sorted);
                        });
        return calls.recorded("order(" + targetProperty + ")", Distribution.of(result));
    }

    private static Object serviceValue(
            ModelNode args,
            Map<String, Object> values,
            String service,
            String property,
            String filter) {
        if (values.containsKey(service)) {
            return values.get(service);
        }
        Object value = plainServiceValue(args, service, property, filter);
        values.put(service, value);
        return value;
    }

    private static Object plainServiceValue(
            ModelNode args, String service, String property, String filter) {
        ModelNode node = args.get("services").get(service);
        if (node == null) {
            throw new PlanningException(
                    PREFIX
                            + filter
                            + ": service '"
                            + service
                            + "' of the distribution is not in the services model");
        }
        ModelNode value = node.get(property);
        if (value == null) {
            throw new PlanningException(
                    PREFIX
                            + filter
                            + ": service '"
                            + service
                            + "' has no property '"
                            + property
                            + "'");
        }
        return value.toPlain();
    }

    private static Object targetValue(Target target, String property, String filter) {
        Object value = target.properties().get(property);
        if (value == null && !target.properties().containsKey(property)) {
            throw new PlanningException(
                    PREFIX
                            + filter
                            + ": target '"
                            + target.key()
                            + "' has no property '"
                            + property
                            + "'");
        }
        return value;
    }
}
