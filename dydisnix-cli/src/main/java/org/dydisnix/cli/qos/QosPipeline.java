package org.dydisnix.cli.qos;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.dydisnix.cli.plan.PlanningException;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.JsonModelSource;
import org.dydisnix.model.ModelException;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.ModelSource;
import org.dydisnix.model.Models;
import org.dydisnix.model.SourcePosition;
import org.dydisnix.model.XmlModelSource;
import org.dydisnix.nix.HostFunctions;
import org.dydisnix.nix.NixEvaluator;
import org.dydisnix.nix.NixModelSource;

/**
 * Generates a distribution the way {@code dydisnix-gendist} does: the services (without
 * derivations), the infrastructure, the initial candidate distribution (every service on every
 * target, or a given one), the previous distribution, the filters and nixpkgs' {@code lib} are
 * passed to the QoS model, whose result is the distribution.
 */
public final class QosPipeline {

    /**
     * What the pipeline reads.
     *
     * @param services the services model
     * @param infrastructure the infrastructure model
     * @param distribution an initial candidate distribution, or null for every service × every
     *     target
     * @param qos the QoS model, or null to keep the initial distribution
     * @param filters custom filters {@code { pkgs, referenceFilters }: { ... }}, or null
     * @param previous the distribution of the last deployment, or null
     * @param extraParams extra parameters for the services model (a Nix attribute set)
     * @param xml whether the models are in the original tools' XML form
     * @param filterBuildable whether the initial candidates are narrowed to those that build
     */
    public record Inputs(
            Path services,
            Path infrastructure,
            Path distribution,
            Path qos,
            Path filters,
            Distribution previous,
            String extraParams,
            boolean xml,
            boolean filterBuildable) {}

    private final NixEvaluator evaluator;
    private final Explanation explanation;
    private final CandidateBuilds builds;
    private final ModelSource nixModels;

    /**
     * @param builds how candidates are built ({@code --filter-buildable}, {@code
     *     filters.filterBuildable}), or null when Nix builds are not to be run
     * @param nixModels how services, infrastructure and distribution in Nix are read (e.g. by
     *     nix-instantiate), or null for the embedded evaluator; the QoS model always runs in it
     */
    public QosPipeline(
            NixEvaluator evaluator,
            Explanation explanation,
            CandidateBuilds builds,
            ModelSource nixModels) {
        this.evaluator = evaluator;
        this.explanation = explanation;
        this.builds = builds;
        this.nixModels = nixModels != null ? nixModels : new NixModelSource(evaluator);
    }

    /** Runs the pipeline and returns the generated distribution. */
    public Distribution run(Inputs inputs) {
        ModelNode rawInfrastructure =
                source(inputs.infrastructure(), inputs.xml())
                        .infrastructure(inputs.infrastructure());
        ModelNode infrastructure = HostFunctions.value(evaluator, rawInfrastructure);
        ModelNode rawServices =
                source(inputs.services(), inputs.xml())
                        .services(inputs.services(), inputs.extraParams());
        ModelNode services =
                HostFunctions.value(evaluator, ServiceProperties.filterDerivations(rawServices));
        UnaryOperator<Distribution> buildable =
                candidates -> build(inputs, infrastructure, candidates);
        Distribution initial =
                inputs.distribution() == null
                        ? ServiceProperties.cartesianProduct(services, infrastructure)
                        : Models.distribution(
                                source(inputs.distribution(), inputs.xml())
                                        .distribution(
                                                inputs.distribution(),
                                                rawInfrastructure,
                                                inputs.extraParams()),
                                infrastructure);
        explanation.record("initial", initial);
        if (inputs.filterBuildable()) {
            initial = buildable.apply(initial);
            explanation.record("filterBuildable", initial);
        }
        if (inputs.qos() == null) {
            return initial;
        }
        ModelNode lib = NixpkgsLib.of(evaluator, "the QoS model");
        FilterLibrary library = new FilterLibrary(evaluator, explanation, buildable);
        ModelNode filters = library.filters();
        if (inputs.filters() != null) {
            filters = custom(inputs.filters(), filters, lib);
        }
        Map<String, Object> arguments = new TreeMap<>();
        arguments.put("services", services);
        arguments.put("infrastructure", infrastructure);
        arguments.put("initialDistribution", library.value(initial));
        arguments.put(
                "previousDistribution",
                inputs.previous() == null
                        ? null
                        : HostFunctions.value(evaluator, FilterLibrary.data(inputs.previous())));
        arguments.put("filters", filters);
        arguments.put("lib", lib);
        ModelNode result = call(inputs.qos(), arguments);
        if (result.kind() != ModelNode.Kind.ATTRS) {
            throw new ModelException(
                    SourcePosition.ofFile(inputs.qos().toString()),
                    "the QoS model evaluates to "
                            + ModelNode.describe(result.kind())
                            + " while a distribution (a set of service to targets) was expected"
                            + (result.kind() == ModelNode.Kind.FUNCTION
                                    ? "; is a filter missing an argument?"
                                    : ""));
        }
        Distribution distribution = library.distribution(result, infrastructure);
        explanation.record("result", distribution);
        return distribution;
    }

    private ModelNode call(Path file, Map<String, Object> arguments) {
        return HostFunctions.callModel(evaluator, file, arguments);
    }

    private ModelNode custom(Path file, ModelNode reference, ModelNode lib) {
        Map<String, Object> pkgs = new TreeMap<>();
        pkgs.put("lib", lib);
        Map<String, Object> arguments = new TreeMap<>();
        arguments.put("pkgs", HostFunctions.value(evaluator, pkgs));
        arguments.put("referenceFilters", reference);
        ModelNode custom = call(file, arguments);
        if (custom.kind() != ModelNode.Kind.ATTRS) {
            throw new ModelException(
                    SourcePosition.ofFile(file.toString()),
                    "the custom filters evaluate to "
                            + ModelNode.describe(custom.kind())
                            + " while a set of filters was expected");
        }
        Map<String, Object> merged = new TreeMap<>(reference.attributes());
        merged.putAll(custom.attributes());
        return HostFunctions.value(evaluator, merged);
    }

    private Distribution build(Inputs inputs, ModelNode infrastructure, Distribution candidates) {
        if (builds == null) {
            throw new PlanningException(
                    "filters.filterBuildable: trying to build each service for each candidate target"
                            + " needs Nix builds: give --nix");
        }
        return builds.filter(inputs.services(), infrastructure, inputs.extraParams(), candidates);
    }

    private ModelSource source(Path file, boolean xml) {
        if (!Files.exists(file)) {
            throw new ModelException(null, file + ": no such file");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (xml || name.endsWith(".xml")) {
            return new XmlModelSource();
        }
        if (name.endsWith(".json")) {
            return JsonModelSource.json();
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return JsonModelSource.yaml();
        }
        return nixModels;
    }
}
