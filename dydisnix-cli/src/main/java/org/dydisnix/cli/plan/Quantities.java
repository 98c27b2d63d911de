package org.dydisnix.cli.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.Infrastructure;
import org.dydisnix.model.Mapping;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.Service;
import org.dydisnix.model.ServicesModel;
import org.dydisnix.model.Target;

/**
 * Numeric service and target properties, and candidate lists, as the assignment algorithms take
 * them.
 */
final class Quantities {

    private Quantities() {}

    /** Service key to its candidate target keys, in sorted service order. */
    static Map<String, List<String>> candidates(Distribution distribution) {
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        distribution
                .mappings()
                .forEach(
                        (service, mappings) ->
                                candidates.put(
                                        service,
                                        mappings.stream()
                                                .map(Mapping::target)
                                                .distinct()
                                                .toList()));
        return candidates;
    }

    /** The numeric property of each service of the distribution. */
    static Map<String, Double> ofServices(
            ServicesModel services, Distribution distribution, String property, String filter) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String key : distribution.mappings().keySet()) {
            Service service = services.services().get(key);
            if (service == null) {
                throw new PlanningException(
                        filter
                                + ": service '"
                                + key
                                + "' of the distribution is not in the services model");
            }
            ModelNode value = service.properties().get(property);
            if (value == null) {
                throw new PlanningException(
                        filter + ": service '" + key + "' has no property '" + property + "'");
            }
            Double number =
                    switch (value.kind()) {
                        case INT, FLOAT -> value.asDouble();
                        case STRING -> parse(value.asString());
                        default -> null;
                    };
            if (number == null) {
                throw new PlanningException(
                        filter
                                + ": property '"
                                + property
                                + "' of service '"
                                + key
                                + "' is "
                                + ModelNode.describe(value.kind())
                                + " while a number was expected");
            }
            values.put(key, number);
        }
        return values;
    }

    /** The numeric property of each target that has it. */
    static Map<String, Double> ofTargets(
            Infrastructure infrastructure, String property, String filter) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Target target : infrastructure.targets().values()) {
            Object value = target.properties().get(property);
            if (value == null) {
                continue;
            }
            Double number =
                    value instanceof Number n
                            ? Double.valueOf(n.doubleValue())
                            : value instanceof String s ? parse(s) : null;
            if (number == null) {
                throw new PlanningException(
                        filter
                                + ": property '"
                                + property
                                + "' of target '"
                                + target.key()
                                + "' is not a number: "
                                + value);
            }
            values.put(target.key(), number);
        }
        return values;
    }

    private static Double parse(String text) {
        try {
            return Double.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
