package org.dydisnix.cli.options;

import java.nio.file.Path;
import org.dydisnix.model.InputFormat;
import org.dydisnix.model.JsonModelSource;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.ModelReader;
import org.dydisnix.model.ModelSource;
import org.dydisnix.model.NixInstantiateSource;
import org.dydisnix.model.Target;
import org.dydisnix.model.XmlModelSource;
import org.dydisnix.nix.NixEvaluator;
import org.dydisnix.nix.NixModelSource;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How models are read, the same on every command that reads them: the language, the evaluator
 * (embedded or the real nix-instantiate), the Nix search path and extra parameters of model
 * functions.
 */
public final class ModelOptions {

    @Mixin public EvaluatorOptions evaluation;

    @Option(
            names = "--xml",
            description =
                    "The models are in the original tools' XML form (same as --input-format xml).")
    public boolean xml;

    @Option(
            names = "--input-format",
            paramLabel = "<format>",
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

    /** The language a file is read in: the one asked for, else the one its name says, else Nix. */
    public InputFormat formatOf(Path file) {
        InputFormat asked = format();
        if (asked != null) {
            return asked;
        }
        InputFormat byName = InputFormat.byName(file.toString());
        return byName == null ? InputFormat.NIX : byName;
    }

    /** A JSON, YAML or XML file as data. */
    public ModelNode data(Path file, InputFormat language) {
        return switch (language) {
            case JSON -> JsonModelSource.json().read(file);
            case YAML -> JsonModelSource.yaml().read(file);
            case XML -> new XmlModelSource().read(file);
            case NIX -> throw new IllegalArgumentException("not a data format: " + language);
        };
    }

    /** The embedded evaluator with the search path. */
    public NixEvaluator evaluator() {
        return evaluation.evaluator();
    }

    /** A reader for the models named on the command line. */
    public ModelReader reader() {
        return reader(Target.DEFAULT_TARGET_PROPERTY);
    }

    /** A reader whose targets are identified by the given property unless they name their own. */
    public ModelReader reader(String targetProperty) {
        ModelSource nix =
                realNix
                        ? new NixInstantiateSource(evaluation.includePaths)
                        : new NixModelSource(evaluator());
        return new ModelReader(nix, evaluation.extraParams, format(), targetProperty);
    }
}
