package org.dydisnix.cli.qos;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.dydisnix.cli.plan.PlanningException;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.ManifestReader;
import org.dydisnix.model.ModelException;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.SourcePosition;
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
    private final NixEvaluator evaluator;
    private final FilterCalls calls;
    private final UnaryOperator<Distribution> buildable;

    /**
     * @param buildable keeps the candidates that can be built ({@code filterBuildable})
     */
    public FilterLibrary(
            NixEvaluator evaluator,
            Explanation explanation,
            UnaryOperator<Distribution> buildable) {
        this.evaluator = evaluator;
        this.calls = new FilterCalls(evaluator, explanation);
        this.buildable = buildable;
    }

    /** The filters as a Nix attribute set of built-ins. */
    public ModelNode filters() {
        PropertyFilters properties = new PropertyFilters(calls);
        PreviousFilters previous = new PreviousFilters(calls);
        RoundRobinFilters roundRobin = new RoundRobinFilters(calls);
        StrategyFilters strategies = new StrategyFilters(calls);
        Map<String, HostFunction> functions = new TreeMap<>();
        add(functions, "filterDerivations", (a, at) -> ServiceProperties.filterDerivations(a));
        add(functions, "createCartesianProduct", this::createCartesianProduct);
        add(
                functions,
                "translateDependencyReferencesToNames",
                (a, at) -> ServiceProperties.translateDependencyReferencesToNames(a));
        for (PropertyMatch match : PropertyMatch.ALL) {
            add(functions, match.filter(), (a, at) -> properties.narrow(match, a));
        }
        add(functions, "order", properties::order);
        add(functions, "mapStatefulToPrevious", previous::mapStatefulToPrevious);
        add(functions, "mapBoundServicesToPrevious", previous::mapBoundServicesToPrevious);
        add(functions, "findSuccessor", roundRobin::findSuccessor);
        add(functions, "findNextTarget", roundRobin::findNextTarget);
        add(
                functions,
                "generateRoundRobinDistribution",
                roundRobin::generateRoundRobinDistribution);
        add(functions, "divideRoundRobin", roundRobin::divideRoundRobin);
        add(functions, "divide", strategies::divide);
        add(functions, "minsetcover", strategies::minsetcover);
        add(functions, "multiwaycut", strategies::multiwaycut);
        add(functions, "graphcol", strategies::graphcol);
        add(functions, "filterBuildable", this::filterBuildable);
        add(
                functions,
                "generatePreviousDistribution",
                (a, at) ->
                        FilterCalls.data(
                                ManifestReader.previousDistribution(Path.of(a.asString()))));
        add(functions, "generateServicesXML", (a, at) -> XmlGenerators.services(a));
        add(functions, "generateInfrastructureXML", (a, at) -> XmlGenerators.infrastructure(a));
        add(functions, "generateDistributionXML", (a, at) -> XmlGenerators.distribution(a));
        add(functions, "generatePortsXML", (a, at) -> XmlGenerators.ports(a));
        add(functions, "generateDocsXML", (a, at) -> XmlGenerators.docs(a));
        add(functions, "generateIdResourcesXML", (a, at) -> XmlGenerators.idResources(a));
        add(functions, "generateIdsXML", (a, at) -> XmlGenerators.ids(a));
        return HostFunctions.functions(evaluator, FilterCalls.PREFIX, functions);
    }

    /** A distribution as Nix data (see {@link FilterCalls#data}). */
    public static Map<String, Object> data(Distribution distribution) {
        return FilterCalls.data(distribution);
    }

    /** A distribution a model returns, read back without conversion when a filter made it. */
    public Distribution distribution(ModelNode node, ModelNode infrastructure) {
        return calls.distribution(node, infrastructure);
    }

    /** A distribution as a Nix value, which the filters read back without converting it. */
    public ModelNode value(Distribution distribution) {
        return calls.value(distribution);
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

    private Object createCartesianProduct(ModelNode args, SourcePosition at) {
        return calls.recorded(
                "createCartesianProduct",
                ServiceProperties.cartesianProduct(
                        FilterCalls.arg(args, "services", "createCartesianProduct"),
                        FilterCalls.arg(args, "infrastructure", "createCartesianProduct")));
    }

    private Object filterBuildable(ModelNode args, SourcePosition at) {
        ModelNode infrastructure = args.get("infrastructure");
        Distribution candidates = calls.candidates(args, "filterBuildable", infrastructure);
        return calls.recorded("filterBuildable", buildable.apply(candidates));
    }
}
