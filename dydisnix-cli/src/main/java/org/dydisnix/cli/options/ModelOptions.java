package org.dydisnix.cli.options;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dydisnix.model.InputFormat;
import org.dydisnix.model.JsonModelSource;
import org.dydisnix.model.ModelInputs;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.ModelReader;
import org.dydisnix.model.ModelSource;
import org.dydisnix.model.NixInstantiateSource;
import org.dydisnix.model.Target;
import org.dydisnix.model.XmlModelSource;
import org.dydisnix.nix.NixEvaluator;
import org.dydisnix.nix.NixModelSource;
import picocli.CommandLine.Option;

/**
 * How models are read, the same on every command that reads them: the language, the evaluator
 * (embedded or the real nix-instantiate), the Nix search path and extra parameters of model
 * functions.
 */
public final class ModelOptions {

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

    @Option(
            names = "--xml",
            description =
                    "The models are in the original tools' XML form (same as --input-format xml).")
    public boolean xml;

    @Option(
            names = "--input-format",
            paramLabel = "<language>",
            completionCandidates = LowerCaseCandidates.InputFormats.class,
            description =
                    "Language of the models: ${COMPLETION-CANDIDATES} (default: by file name, then by content).")
    public InputFormat inputFormat;

    @Option(
            names = "--nix",
            description =
                    "Evaluate Nix models with the real nix-instantiate instead of the embedded evaluator.")
    public boolean realNix;

    /** The language every model is read in, or null to go by each file. */
    public InputFormat format() {
        if (inputFormat != null) {
            return inputFormat;
        }
        return xml ? InputFormat.XML : null;
    }

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

    /**
     * The language a file is read in: the one asked for, else the one its name says, else the one
     * its content shows.
     */
    public InputFormat formatOf(Path file) {
        InputFormat asked = format();
        return asked != null ? asked : InputFormat.detect(ModelInputs.readable(file));
    }

    /** A JSON, YAML or XML file ({@code -}: standard input) as data. */
    public ModelNode data(Path argument, InputFormat language) {
        Path file = ModelInputs.readable(argument);
        return switch (language) {
            case JSON -> JsonModelSource.json().read(file);
            case YAML -> JsonModelSource.yaml().read(file);
            case XML -> new XmlModelSource().read(file);
            case NIX -> throw new IllegalArgumentException("not a data format: " + language);
        };
    }

    /** A reader for the models named on the command line. */
    public ModelReader reader() {
        return reader(Target.DEFAULT_TARGET_PROPERTY);
    }

    /** A reader whose targets are identified by the given property unless they name their own. */
    public ModelReader reader(String targetProperty) {
        ModelSource nix =
                realNix
                        ? new NixInstantiateSource(includePaths)
                        : new LazyModelSource(
                                new java.util.function.Supplier<>() {
                                    @Override
                                    public ModelSource get() {
                                        return new NixModelSource(evaluator());
                                    }
                                });
        return new ModelReader(nix, extraParams, format(), targetProperty);
    }
}
