package org.dydisnix.cli.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dydisnix.cli.options.ModelOptions;
import org.dydisnix.model.InputFormat;
import org.dydisnix.model.ModelInputs;
import org.dydisnix.model.ModelNode;
import org.dydisnix.nix.NixEvaluator;

/**
 * {@code eval} with the embedded evaluator: a file (a function at the top called with its
 * arguments), standard input, an expression or a data file, printed as JSON or Nix.
 */
public final class EmbeddedEval {

    /** The name nix-instantiate gives standard input in error positions. */
    public static final String STDIN = "\u00abstdin\u00bb";

    private final ModelOptions models;
    private final EvalOptions options;
    private final NixEvaluator evaluator;

    public EmbeddedEval(ModelOptions models, EvalOptions options) {
        this.models = models;
        this.options = options;
        this.evaluator = models.evaluator();
        for (int i = 0; i + 1 < options.settings.size(); i += 2) {
            if (!evaluator.setting(options.settings.get(i), options.settings.get(i + 1))) {
                System.err.println("warning: unknown setting '" + options.settings.get(i) + "'");
            }
        }
    }

    /** The printed value of the file ({@code -}: standard input). */
    public String file(Path file) throws IOException {
        InputFormat language = models.formatOf(file);
        if (language != InputFormat.NIX) {
            return print(models.data(file, language));
        }
        if (file.toString().equals("-")) {
            String source = Files.readString(ModelInputs.readable(file));
            return print(evaluator.evaluateExpression(source, STDIN, workingDirectory()));
        }
        return print(evaluator.evaluateFile(file, callArguments()));
    }

    /** The printed value of the expression. */
    public String expression(String expression) {
        return print(evaluator.evaluateExpression(expression, workingDirectory()));
    }

    private Map<String, Object> callArguments() {
        Map<String, Object> arguments = new LinkedHashMap<>(models.extraArguments(evaluator));
        for (int i = 0; i + 1 < options.arguments.size(); i += 2) {
            arguments.put(
                    options.arguments.get(i),
                    evaluator.parseArgument(options.arguments.get(i + 1)));
        }
        for (int i = 0; i + 1 < options.stringArguments.size(); i += 2) {
            arguments.put(
                    options.stringArguments.get(i),
                    evaluator.stringArgument(options.stringArguments.get(i + 1)));
        }
        return arguments;
    }

    private String print(ModelNode value) {
        ModelNode selected =
                options.attributePath == null
                        ? value
                        : AttributePath.select(value, options.attributePath);
        return options.printsJson()
                ? evaluator.toJson(selected, options.strict)
                : evaluator.toNix(selected, options.strict);
    }

    private static Path workingDirectory() {
        return Path.of("").toAbsolutePath();
    }
}
