package org.dydisnix.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.dydisnix.cli.options.InfrastructureOption;
import org.dydisnix.cli.options.ModelOptions;
import org.dydisnix.cli.options.OutputOption;
import org.dydisnix.cli.qos.NixpkgsLib;
import org.dydisnix.model.ModelException;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.SourcePosition;
import org.dydisnix.nix.HostFunctions;
import org.dydisnix.nix.NixEvaluator;
import org.dydisnix.nix.NixModelSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dydisnix augment-infra}: an infrastructure model with properties added by a Nix function.
 */
@Command(
        name = "augment-infra",
        header = "Add properties to an infrastructure model with an augment model.",
        description = {
            "The augment model is a Nix function of { infrastructure, lib } (lib is nixpkgs' lib from the "
                    + "Nix search path) returning the augmented infrastructure, which is printed."
        },
        mixinStandardHelpOptions = true)
final class AugmentInfraCommand implements Callable<Integer> {

    /** The languages the infrastructure can be printed in. */
    enum Format {
        NIX,
        JSON
    }

    @Mixin InfrastructureOption infrastructure;

    @Option(
            names = {"-a", "--augment"},
            required = true,
            paramLabel = "<file>",
            description = "Augment model: a Nix function of { infrastructure, lib }.")
    Path augment;

    @Option(
            names = "--format",
            paramLabel = "<format>",
            description =
                    "Language of the result: ${COMPLETION-CANDIDATES} (default: NIX; any case).")
    Format format = Format.NIX;

    @Mixin ModelOptions models;

    @Mixin OutputOption output;

    @Override
    public Integer call() throws Exception {
        NixEvaluator evaluator = new NixEvaluator(models.includePaths);
        ModelNode infra =
                new NixModelSource(evaluator).infrastructure(infrastructure.infrastructure);
        Map<String, Object> arguments = new TreeMap<>();
        arguments.put("infrastructure", infra);
        arguments.put("lib", NixpkgsLib.of(evaluator, "the augment model"));
        ModelNode result = HostFunctions.callModel(evaluator, augment, arguments);
        if (result.kind() != ModelNode.Kind.ATTRS) {
            throw new ModelException(
                    SourcePosition.ofFile(augment.toString()),
                    "the augment model evaluates to "
                            + ModelNode.describe(result.kind())
                            + " while an infrastructure model (a set of targets) was expected");
        }
        output.write(
                format == Format.JSON
                        ? evaluator.toJson(result, true) + "\n"
                        : evaluator.toNix(result) + "\n");
        return 0;
    }
}
