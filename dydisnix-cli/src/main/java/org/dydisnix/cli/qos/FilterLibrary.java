package org.dydisnix.cli.qos;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dydisnix.cli.plan.CapacityPlanner;
import org.dydisnix.cli.plan.GraphColoringPlanner;
import org.dydisnix.cli.plan.MultiwayCutPlanner;
import org.dydisnix.cli.plan.PlanningException;
import org.dydisnix.cli.plan.SetCoverPlanner;
import org.dydisnix.graph.assign.RoundRobin;
import org.dydisnix.graph.interfaces.MultiwayCut.Cut;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.DistributionWriter;
import org.dydisnix.model.Infrastructure;
import org.dydisnix.model.ManifestReader;
import org.dydisnix.model.Mapping;
import org.dydisnix.model.ModelException;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.Models;
import org.dydisnix.model.ServicesModel;
import org.dydisnix.model.SourcePosition;
import org.dydisnix.model.Target;
import org.dydisnix.nix.HostFunctions;
import org.dydisnix.nix.HostFunctions.HostFunction;
import org.dydisnix.nix.NixEvaluator;

/**
 * The {@code filters} a QoS model receives: the original's filter functions with the same names,
 * arguments and results, computed natively. A distribution here maps each service to a list of
 * target keys (or {@code { target; container; }} sets). Every filter that returns a distribution
 * records it in the {@link Explanation}.
 */
public final class FilterLibrary {
    private static final String PREFIX = "filters.";

    private final NixEvaluator evaluator;
    private final Explanation explanation;

    public FilterLibrary(NixEvaluator evaluator, Explanation explanation) {
        this.evaluator = evaluator;
        this.explanation = explanation;
    }

    /** The filters as a Nix attribute set of built-ins. */
    public ModelNode filters() {
        Map<String, HostFunction> functions = new TreeMap<>();
        add(functions, "filterDerivations", (arg, at) -> filterDerivations(arg));
        add(functions, "createCartesianProduct", this::createCartesianProduct);
        add(
                functions,
                "translateDependencyReferencesToNames",
                (arg, at) ->
                        dependencyNames(
                                arg(arg, "dependencies", "translateDependencyReferencesToNames")));
        add(functions, "mapAttrOnAttr", this::mapAttrOnAttr);
        add(functions, "mapAttrOnList", this::mapAttrOnList);
        add(functions, "mapListOnAttr", this::mapListOnAttr);
        add(functions, "mapStatefulToPrevious", this::mapStatefulToPrevious);
        add(functions, "mapBoundServicesToPrevious", this::mapBoundServicesToPrevious);
        add(functions, "order", this::order);
        add(functions, "findSuccessor", this::findSuccessor);
        add(functions, "findNextTarget", this::findNextTarget);
        add(functions, "generateRoundRobinDistribution", this::generateRoundRobinDistribution);
        add(functions, "divideRoundRobin", this::divideRoundRobin);
        add(functions, "divide", this::divide);
        add(functions, "minsetcover", this::minsetcover);
        add(functions, "multiwaycut", this::multiwaycut);
        add(functions, "graphcol", this::graphcol);
        add(functions, "filterBuildable", this::filterBuildable);
        add(
                functions,
                "generatePreviousDistribution",
                (arg, at) -> data(ManifestReader.previousDistribution(Path.of(arg.asString()))));
        add(
                functions,
                "generateDistributionXML",
                (arg, at) ->
                        DistributionWriter.write(
                                Models.distribution(arg, null), DistributionWriter.Format.XML));
        return HostFunctions.functions(evaluator, PREFIX, functions);
    }

    private static void add(
            Map<String, HostFunction> functions, String name, HostFunction function) {
        functions.put(
                name,
                (arg, at) -> {
                    try {
                        return function.apply(arg, at);
                    } catch (PlanningException e) {
                        throw new ModelException(at, e.getMessage());
                    }
                });
    }

    /** The services without {@code pkg}, their dependencies replaced by the dependencies' names. */
    public static Map<String, Object> filterDerivations(ModelNode services) {
        Map<String, Object> result = new TreeMap<>();
        services.attributes()
                .forEach(
                        (key, service) -> {
                            Map<String, Object> properties = new TreeMap<>();
                            service.attributes()
                                    .forEach(
                                            (name, value) -> {
                                                switch (name) {
                                                    case "pkg" -> {}
                                                    case "dependsOn", "connectsTo" ->
                                                            properties.put(
                                                                    name, dependencyNames(value));
                                                    default -> properties.put(name, value);
                                                }
                                            });
                            result.put(key, properties);
                        });
        return result;
    }

    private static List<String> dependencyNames(ModelNode dependencies) {
        List<String> names = new ArrayList<>();
        if (dependencies.kind() == ModelNode.Kind.LIST) {
            for (ModelNode element : dependencies.elements()) {
                names.add(dependencyName(element, null));
            }
        } else {
            dependencies
                    .attributes()
                    .forEach((key, value) -> names.add(dependencyName(value, key)));
        }
        return names;
    }

    private static String dependencyName(ModelNode dependency, String key) {
        if (dependency.kind() == ModelNode.Kind.STRING) {
            return dependency.asString();
        }
        ModelNode name = dependency.get("name");
        if (name == null) {
            if (key != null) {
                return key;
            }
            throw new ModelException(dependency.position(), "a dependency has no 'name'");
        }
        return name.asString();
    }

    private Object createCartesianProduct(ModelNode args, SourcePosition at) {
        ModelNode services = arg(args, "services", "createCartesianProduct");
        List<String> targets =
                List.copyOf(
                        arg(args, "infrastructure", "createCartesianProduct")
                                .attributes()
                                .keySet());
        SortedMap<String, List<Mapping>> mappings = new TreeMap<>();
        services.attributes()
                .keySet()
                .forEach(s -> mappings.put(s, targets.stream().map(Mapping::to).toList()));
        return recorded("createCartesianProduct", Distribution.of(mappings));
    }

    private Object mapAttrOnAttr(ModelNode args, SourcePosition at) {
        Map<String, Object> values = new java.util.HashMap<>();
        String serviceProperty = string(args, "serviceProperty", "mapAttrOnAttr");
        String targetProperty = string(args, "targetProperty", "mapAttrOnAttr");
        return narrow(
                "mapAttrOnAttr(" + serviceProperty + ", " + targetProperty + ")",
                args,
                (service, target) ->
                        Values.equal(
                                serviceValue(
                                        args, values, service, serviceProperty, "mapAttrOnAttr"),
                                targetValue(target, targetProperty, "mapAttrOnAttr")));
    }

    private Object mapAttrOnList(ModelNode args, SourcePosition at) {
        Map<String, Object> values = new java.util.HashMap<>();
        String serviceProperty = string(args, "serviceProperty", "mapAttrOnList");
        String targetPropertyList = string(args, "targetPropertyList", "mapAttrOnList");
        return narrow(
                "mapAttrOnList(" + serviceProperty + ", " + targetPropertyList + ")",
                args,
                (service, target) ->
                        Values.contains(
                                list(
                                        targetValue(target, targetPropertyList, "mapAttrOnList"),
                                        "target '" + target.key() + "'",
                                        targetPropertyList),
                                serviceValue(
                                        args, values, service, serviceProperty, "mapAttrOnList")));
    }

    private Object mapListOnAttr(ModelNode args, SourcePosition at) {
        Map<String, Object> values = new java.util.HashMap<>();
        String servicePropertyList = string(args, "servicePropertyList", "mapListOnAttr");
        String targetProperty = string(args, "targetProperty", "mapListOnAttr");
        return narrow(
                "mapListOnAttr(" + servicePropertyList + ", " + targetProperty + ")",
                args,
                (service, target) ->
                        Values.contains(
                                list(
                                        serviceValue(
                                                args,
                                                values,
                                                service,
                                                servicePropertyList,
                                                "mapListOnAttr"),
                                        "service '" + service + "'",
                                        servicePropertyList),
                                targetValue(target, targetProperty, "mapListOnAttr")));
    }

    private interface Match {
        boolean test(String service, Target target);
    }

    private Object narrow(String step, ModelNode args, Match match) {
        String filter = step.substring(0, step.indexOf('('));
        ModelNode infrastructureNode = arg(args, "infrastructure", filter);
        Infrastructure infrastructure = Models.infrastructure(infrastructureNode);
        Distribution candidates =
                Models.distribution(arg(args, "distribution", filter), infrastructureNode);
        arg(args, "services", filter);
        SortedMap<String, List<Mapping>> result = new TreeMap<>();
        candidates
                .mappings()
                .forEach(
                        (service, mappings) ->
                                result.put(
                                        service,
                                        mappings.stream()
                                                .filter(
                                                        m ->
                                                                match.test(
                                                                        service,
                                                                        infrastructure
                                                                                .targets()
                                                                                .get(m.target())))
                                                .toList()));
        return recorded(step, Distribution.of(result));
    }

    private Object serviceValue(
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

    private Object plainServiceValue(
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

    private static List<?> list(Object value, String owner, String property) {
        if (value instanceof List<?> list) {
            return list;
        }
        throw new PlanningException("property '" + property + "' of " + owner + " is not a list");
    }

    private Object mapStatefulToPrevious(ModelNode args, SourcePosition at) {
        return toPrevious("mapStatefulToPrevious", args, true);
    }

    private Object mapBoundServicesToPrevious(ModelNode args, SourcePosition at) {
        return toPrevious("mapBoundServicesToPrevious", args, false);
    }

    private Object toPrevious(String filter, ModelNode args, boolean statefulOnly) {
        ModelNode services = arg(args, "services", filter);
        Distribution candidates = Models.distribution(arg(args, "distribution", filter), null);
        ModelNode previousNode = arg(args, "previousDistribution", filter);
        if (previousNode.kind() == ModelNode.Kind.NULL) {
            return recorded(filter, candidates);
        }
        Distribution previous = Models.distribution(previousNode, null);
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
        return recorded(filter, Distribution.of(result));
    }

    private static boolean stateful(ModelNode service) {
        if (service == null) {
            return false;
        }
        ModelNode stateful = service.get("stateful");
        return stateful != null && stateful.asBoolean();
    }

    private Object order(ModelNode args, SourcePosition at) {
        String targetProperty = string(args, "targetProperty", "order");
        ModelNode infrastructureNode = arg(args, "infrastructure", "order");
        Infrastructure infrastructure = Models.infrastructure(infrastructureNode);
        Distribution candidates =
                Models.distribution(arg(args, "distribution", "order"), infrastructureNode);
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
        return recorded("order(" + targetProperty + ")", Distribution.of(result));
    }

    private Object findSuccessor(ModelNode args, SourcePosition at) {
        List<String> targets = names(arg(args, "targets", "findSuccessor"));
        String previous = arg(args, "previousTarget", "findSuccessor").asString();
        List<String> all = names(arg(args, "allTargets", "findSuccessor"));
        if (!targets.contains(previous) || all.isEmpty()) {
            throw new PlanningException(
                    PREFIX + "findSuccessor: '" + previous + "' is not among the targets");
        }
        return RoundRobin.successor(targets, previous, all);
    }

    private Object findNextTarget(ModelNode args, SourcePosition at) {
        List<String> targets = names(arg(args, "targets", "findNextTarget"));
        ModelNode previous = arg(args, "previousTarget", "findNextTarget");
        if (targets.isEmpty()) {
            throw new PlanningException(
                    PREFIX + "findNextTarget: there are no targets to choose from");
        }
        return RoundRobin.next(
                targets, previous.kind() == ModelNode.Kind.NULL ? null : previous.asString());
    }

    private Object generateRoundRobinDistribution(ModelNode args, SourcePosition at) {
        List<String> serviceNames =
                names(arg(args, "serviceNames", "generateRoundRobinDistribution"));
        Distribution candidates =
                Models.distribution(
                        arg(args, "distribution", "generateRoundRobinDistribution"), null);
        ModelNode previousNode = arg(args, "previousTarget", "generateRoundRobinDistribution");
        String previous =
                previousNode.kind() == ModelNode.Kind.NULL ? null : previousNode.asString();
        List<Object> result = new ArrayList<>();
        for (String service : serviceNames) {
            List<Mapping> mappings = candidates.mappings().get(service);
            if (mappings == null || mappings.isEmpty()) {
                throw new PlanningException(
                        noCandidates("generateRoundRobinDistribution", service));
            }
            previous = RoundRobin.next(mappings.stream().map(Mapping::target).toList(), previous);
            Map<String, Object> entry = new TreeMap<>();
            entry.put("name", service);
            entry.put("value", List.of(previous));
            result.add(entry);
        }
        return result;
    }

    private Object divideRoundRobin(ModelNode args, SourcePosition at) {
        Distribution candidates =
                Models.distribution(arg(args, "distribution", "divideRoundRobin"), null);
        requireCandidates("divideRoundRobin", candidates);
        Map<String, List<String>> lists = new LinkedHashMap<>();
        candidates
                .mappings()
                .forEach((s, m) -> lists.put(s, m.stream().map(Mapping::target).toList()));
        SortedMap<String, List<Mapping>> result = new TreeMap<>();
        RoundRobin.assign(lists).forEach((s, t) -> result.put(s, List.of(Mapping.to(t))));
        return recorded("divideRoundRobin", Distribution.of(result));
    }

    private Object divide(ModelNode args, SourcePosition at) {
        String strategy = string(args, "strategy", "divide");
        String serviceProperty = string(args, "serviceProperty", "divide");
        String targetProperty = string(args, "targetProperty", "divide");
        ModelNode infrastructureNode = arg(args, "infrastructure", "divide");
        Distribution candidates =
                Models.distribution(arg(args, "distribution", "divide"), infrastructureNode);
        requireCandidates("divide", candidates);
        Distribution result =
                CapacityPlanner.divide(
                        CapacityPlanner.strategy(strategy),
                        services(args, "divide"),
                        Models.infrastructure(infrastructureNode),
                        candidates,
                        serviceProperty,
                        targetProperty,
                        PREFIX + "divide (" + strategy + ")");
        return recorded("divide(" + strategy + ")", result);
    }

    private Object minsetcover(ModelNode args, SourcePosition at) {
        String targetProperty = string(args, "targetProperty", "minsetcover");
        ModelNode infrastructureNode = arg(args, "infrastructure", "minsetcover");
        Distribution candidates =
                Models.distribution(arg(args, "distribution", "minsetcover"), infrastructureNode);
        requireCandidates("minsetcover", candidates);
        Distribution result =
                SetCoverPlanner.cover(
                        Models.infrastructure(infrastructureNode),
                        candidates,
                        targetProperty,
                        PREFIX + "minsetcover");
        return recorded("minsetcover(" + targetProperty + ")", result);
    }

    private Object multiwaycut(ModelNode args, SourcePosition at) {
        ModelNode infrastructureNode = arg(args, "infrastructure", "multiwaycut");
        Distribution candidates =
                Models.distribution(arg(args, "distribution", "multiwaycut"), infrastructureNode);
        requireCandidates("multiwaycut", candidates);
        MultiwayCutPlanner planner =
                new MultiwayCutPlanner(services(args, "multiwaycut"), candidates);
        Cut cut = planner.cut(false);
        Distribution result =
                cut == null ? Distribution.of(new TreeMap<>()) : planner.distribution(cut);
        return recorded("multiwaycut", result);
    }

    private Object graphcol(ModelNode args, SourcePosition at) {
        Infrastructure infrastructure =
                Models.infrastructure(arg(args, "infrastructure", "graphcol"));
        GraphColoringPlanner planner =
                new GraphColoringPlanner(services(args, "graphcol"), infrastructure);
        try {
            return recorded("graphcol", planner.distribution(planner.color()));
        } catch (PlanningException e) {
            throw new PlanningException(PREFIX + "graphcol: " + e.getMessage());
        }
    }

    private Object filterBuildable(ModelNode args, SourcePosition at) {
        throw new PlanningException(
                PREFIX
                        + "filterBuildable: trying to build every service for every candidate target needs"
                        + " Nix builds (nix-build), which this version does not run");
    }

    private void requireCandidates(String filter, Distribution candidates) {
        candidates
                .mappings()
                .forEach(
                        (service, mappings) -> {
                            if (mappings.isEmpty()) {
                                throw new PlanningException(noCandidates(filter, service));
                            }
                        });
    }

    private String noCandidates(String filter, String service) {
        String emptiedBy = explanation.emptiedBy(service);
        return PREFIX
                + filter
                + ": service '"
                + service
                + "' has no candidate targets left"
                + (emptiedBy == null ? " in its input distribution" : " after " + emptiedBy);
    }

    private ServicesModel services(ModelNode args, String filter) {
        return Models.services(arg(args, "services", filter));
    }

    private Object recorded(String step, Distribution distribution) {
        explanation.record(step, distribution);
        return data(distribution);
    }

    /**
     * A distribution as Nix data: service to a list of target keys or {@code { target; container;
     * }} sets.
     */
    public static Map<String, Object> data(Distribution distribution) {
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

    private static List<String> names(ModelNode list) {
        List<String> names = new ArrayList<>();
        for (ModelNode element : list.elements()) {
            names.add(
                    element.kind() == ModelNode.Kind.ATTRS
                            ? Objects.requireNonNull(element.get("target"), "target").asString()
                            : element.asString());
        }
        return names;
    }

    private static ModelNode arg(ModelNode args, String name, String filter) {
        ModelNode node = args.get(name);
        if (node == null) {
            throw new ModelException(
                    args.position(), PREFIX + filter + ": missing argument '" + name + "'");
        }
        return node;
    }

    private static String string(ModelNode args, String name, String filter) {
        return arg(args, name, filter).asString();
    }
}
