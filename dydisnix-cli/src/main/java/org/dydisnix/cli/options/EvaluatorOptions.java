package org.dydisnix.cli.options;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dydisnix.nix.NixEvaluator;
import picocli.CommandLine.Option;

/**
 * How Nix models are evaluated, on every command that evaluates them: the Nix search path and the
 * extra parameters of model functions.
 */
public final class EvaluatorOptions {

    @Option(
            names = "--extra-params",
            paramLabel = "<nix-attrs>",
            defaultValue = "{}",
            description =
                    "Nix attribute set of extra parameters passed to model functions (default: ${DEFAULT-VALUE}).")
    public String extraParams;

    @Option(
            names = "-I",
            paramLabel = "<path>",
            description = "Add a path to the Nix search path used for <name> lookups (repeatable).")
    public List<Path> includePaths = new ArrayList<>();

    /** The embedded evaluator with this search path. */
    public NixEvaluator evaluator() {
        return new NixEvaluator(includePaths);
    }

    /** The extra parameters as arguments of a model function, evaluated lazily. */
    public Map<String, Object> extraArguments(NixEvaluator evaluator) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        evaluator.parseArgument(extraParams).attributes().forEach(arguments::put);
        return arguments;
    }
}
