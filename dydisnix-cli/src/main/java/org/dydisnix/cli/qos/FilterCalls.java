package org.dydisnix.cli.qos;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dydisnix.cli.plan.PlanningException;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.Mapping;
import org.dydisnix.model.ModelException;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.Models;
import org.dydisnix.model.ServicesModel;
import org.dydisnix.nix.HostFunctions;
import org.dydisnix.nix.NixEvaluator;

/**
 * What the filters share: reading their named arguments, recording the distribution they return in
 * the {@link Explanation}, and saying which step left a service without candidates.
 */
final class FilterCalls {
    static final String PREFIX = "filters.";

    private final NixEvaluator evaluator;
    private final Explanation explanation;
    private final Map<Object, Distribution> produced = new IdentityHashMap<>();
    private final Map<Object, ServicesModel> servicesModels = new IdentityHashMap<>();

    FilterCalls(NixEvaluator evaluator, Explanation explanation) {
        this.evaluator = evaluator;
        this.explanation = explanation;
    }

    /** The distribution a step returns, as a Nix value, recorded in the explanation. */
    ModelNode recorded(String step, Distribution distribution) {
        explanation.record(step, distribution);
        return value(distribution);
    }

    /**
     * A distribution as a Nix value; a filter that receives this value reads it back without
     * converting it again.
     */
    ModelNode value(Distribution distribution) {
        ModelNode value = HostFunctions.value(evaluator, data(distribution));
        produced.put(value.identity(), distribution);
        return value;
    }

    /** The argument {@code distribution} of a filter. */
    Distribution candidates(ModelNode args, String filter, ModelNode infrastructure) {
        return distribution(arg(args, "distribution", filter), infrastructure);
    }

    /** A distribution given to a filter: one a filter returned, or one the model wrote. */
    Distribution distribution(ModelNode node, ModelNode infrastructure) {
        Object identity = node.identity();
        Distribution known = identity == null ? null : produced.get(identity);
        return known != null && within(known, infrastructure)
                ? known
                : Models.distribution(node, infrastructure);
    }

    private static boolean within(Distribution distribution, ModelNode infrastructure) {
        if (infrastructure == null) {
            return true;
        }
        Set<String> targets = infrastructure.attributes().keySet();
        for (List<Mapping> mappings : distribution.mappings().values()) {
            for (Mapping mapping : mappings) {
                if (!targets.contains(mapping.target())) {
                    return false;
                }
            }
        }
        return true;
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

    /** The argument {@code services} of a filter, built once per Nix value. */
    ServicesModel services(ModelNode args, String filter) {
        ModelNode node = arg(args, "services", filter);
        Object identity = node.identity();
        if (identity == null) {
            return Models.services(node);
        }
        return servicesModels.computeIfAbsent(identity, key -> Models.services(node));
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
