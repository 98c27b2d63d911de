package org.dydisnix.cli.qos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dydisnix.cli.plan.PlanningException;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.Mapping;
import org.dydisnix.model.ModelException;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.Models;
import org.dydisnix.model.ServicesModel;

/**
 * What the filters share: reading their named arguments, recording the distribution they return in
 * the {@link Explanation}, and saying which step left a service without candidates.
 */
final class FilterCalls {
    static final String PREFIX = "filters.";

    private final Explanation explanation;

    FilterCalls(Explanation explanation) {
        this.explanation = explanation;
    }

    /** The distribution a step returns, as Nix data, recorded in the explanation. */
    Object recorded(String step, Distribution distribution) {
        explanation.record(step, distribution);
        return data(distribution);
    }

    void requireCandidates(String filter, Distribution candidates) {
        candidates
                .mappings()
                .forEach(
                        (service, mappings) -> {
                            if (mappings.isEmpty()) {
                                throw new PlanningException(noCandidates(filter, service));
                            }
                        });
    }

    String noCandidates(String filter, String service) {
        String emptiedBy = explanation.emptiedBy(service);
        return PREFIX
                + filter
                + ": service '"
                + service
                + "' has no candidate targets left"
                + (emptiedBy == null ? " in its input distribution" : " after " + emptiedBy);
    }

    /**
     * A distribution as Nix data: service to a list of target keys or {@code { target; container;
     * }} sets.
     */
    static Map<String, Object> data(Distribution distribution) {
        Map<String, Object> result = new TreeMap<>();
        distribution
                .mappings()
                .forEach(
                        (service, mappings) -> {
                            List<Object> targets = new ArrayList<>(mappings.size());
                            for (Mapping mapping : mappings) {
                                if (mapping.container() == null) {
                                    targets.add(mapping.target());
                                } else {
                                    Map<String, Object> advanced = new TreeMap<>();
                                    advanced.put("target", mapping.target());
                                    advanced.put("container", mapping.container());
                                    targets.add(advanced);
                                }
                            }
                            result.put(service, targets);
                        });
        return result;
    }

    static ServicesModel services(ModelNode args, String filter) {
        return Models.services(arg(args, "services", filter));
    }

    static List<String> names(ModelNode list) {
        List<String> names = new ArrayList<>();
        for (ModelNode element : list.elements()) {
            if (element.kind() == ModelNode.Kind.ATTRS) {
                ModelNode target = element.get("target");
                if (target == null) {
                    throw new ModelException(element.position(), "a mapping has no 'target'");
                }
                names.add(target.asString());
            } else {
                names.add(element.asString());
            }
        }
        return names;
    }

    static ModelNode arg(ModelNode args, String name, String filter) {
        ModelNode node = args.get(name);
        if (node == null) {
            throw new ModelException(
                    args.position(), PREFIX + filter + ": missing argument '" + name + "'");
        }
        return node;
    }

    static String string(ModelNode args, String name, String filter) {
        return arg(args, name, filter).asString();
    }
}
