package org.dydisnix.cli.qos;

import java.util.List;
import org.dydisnix.cli.plan.PlanningException;

/**
 * A filter that keeps the candidate targets whose property matches a service property: the names of
 * its two property arguments and the predicate comparing their values.
 */
record PropertyMatch(String filter, String serviceArg, String targetArg, Predicate predicate) {

    /** The original's three property filters. */
    static final List<PropertyMatch> ALL =
            List.of(
                    new PropertyMatch(
                            "mapAttrOnAttr",
                            "serviceProperty",
                            "targetProperty",
                            (service, target) -> Values.equal(service.value(), target.value())),
                    new PropertyMatch(
                            "mapAttrOnList",
                            "serviceProperty",
                            "targetPropertyList",
                            (service, target) -> Values.contains(target.list(), service.value())),
                    new PropertyMatch(
                            "mapListOnAttr",
                            "servicePropertyList",
                            "targetProperty",
                            (service, target) -> Values.contains(service.list(), target.value())));

    /** Whether a service's property value matches a target's. */
    @FunctionalInterface
    interface Predicate {
        boolean test(Side service, Side target);
    }

    /** One side's property value, with its owner (e.g. {@code target 'a'}) for messages. */
    record Side(Object value, String owner, String property) {
        List<?> list() {
            if (value instanceof List<?> list) {
                return list;
            }
            throw new PlanningException(
                    "property '" + property + "' of " + owner + " is not a list");
        }
    }
}
