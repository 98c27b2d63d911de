package org.dydisnix.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dydisnix.cli.eval.AttributePath;
import org.dydisnix.cli.eval.RealNixEval;
import org.dydisnix.cli.options.LowerCaseCandidates;
import org.dydisnix.cli.options.ModelOptions;
import org.dydisnix.cli.options.OutputOption;
import org.dydisnix.model.InputFormat;
import org.dydisnix.model.ModelException;
import org.dydisnix.model.ModelInputs;
import org.dydisnix.model.ModelNode;
import org.dydisnix.nix.NixError;
import org.dydisnix.nix.NixEvaluator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dydisnix eval}: what a model evaluates to, as the tools read it. */
@Command(
        name = "eval",
        header =
                "Evaluate a Nix model or expression with the embedded evaluator and print the value.",
        description = {
            "Like nix-instantiate --eval: prints the value of FILE (a function at the top is called "
                    + "with its defaults and the given --arg/--argstr values) or of -E EXPR, as JSON (default) or in "
                    + "Nix syntax. Shows exactly what the other commands read; no Nix installation is needed."
        },
        mixinStandardHelpOptions = true)
final class EvalCommand implements Callable<Integer> {

    /** What is evaluated: a file or an expression. */
    static final class Input {
        @Parameters(
                paramLabel = "FILE",
                description = "The Nix file to evaluate ('-': read an expression from stdin).")
        Path file;

        @Option(
                names = {"-E", "--expr"},
                paramLabel = "<expr>",
                description = "Evaluate this expression instead of a file.")
        String expression;
    }

    /** The printed form of the value. */
    enum Format {
        JSON,
        NIX
    }

    /** The printed forms in lower case. */
    static final class Formats extends LowerCaseCandidates<Format> {
        Formats() {
            super(Format.class);
        }
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(
            names = {"-A", "--attr"},
            paramLabel = "<attrpath>",
            description = "Print only this attribute (a.b.0.c).")
    String attributePath;

    @Option(
            names = "--arg",
            arity = "2",
            hideParamSyntax = true,
            paramLabel = "<name> <expr>",
            description = "Pass the value of a Nix expression as argument <name> (repeatable).")
    java.util.List<String> arguments = new java.util.ArrayList<>();

    @Option(
            names = "--argstr",
            arity = "2",
            hideParamSyntax = true,
            paramLabel = "<name> <string>",
            description = "Pass a string as argument <name> (repeatable).")
    java.util.List<String> stringArguments = new java.util.ArrayList<>();

    @Option(
            names = "--option",
            arity = "2",
            hideParamSyntax = true,
            paramLabel = "<name> <value>",
            description = "Set a Nix setting, as nix-instantiate does (abort-on-warn; repeatable).")
    java.util.List<String> settings = new java.util.ArrayList<>();

    @Option(
            names = "--strict",
            description = "Force the value deeply (nested attributes and list elements).")
    boolean strict;

    @Option(
            names = "--format",
            paramLabel = "<format>",
            completionCandidates = Formats.class,
            description = "Output: ${COMPLETION-CANDIDATES} (default: json).")
    Format format = Format.JSON;

    @Option(names = "--json", description = "Print JSON (the default; as nix-instantiate --json).")
    boolean json;

    @Option(
            names = "--eval",
            description =
                    "Accepted for nix-instantiate compatibility (evaluation is all this does).")
    boolean evalOnly;

    @Option(
            names = "--read-write-mode",
            description = "Accepted for nix-instantiate compatibility (nothing is ever written).")
    boolean readWriteMode;

    @Option(
            names = "--show-trace",
            description = "On an evaluation error, also print the enclosing evaluation frames.")
    boolean showTrace;

    @Mixin ModelOptions models;

    @Mixin OutputOption output;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try {
            return evaluate();
        } catch (NixError e) {
            boolean debug =
                    spec != null
                            && spec.root().userObject() instanceof Dydisnix root
                            && root.debug();
            if (showTrace && !debug && !e.trace().isEmpty()) {
                throw new TracedError(e);
            }
            throw e;
        }
    }

    /** A Nix error printed with its evaluation frames ({@code --show-trace}). */
    static final class TracedError extends ModelException {
        private static final long serialVersionUID = 1L;

        TracedError(NixError error) {
            super(
                    null,
                    error.getMessage()
                            + error.trace().stream()
                                    .map(frame -> "\n  " + frame)
                                    .reduce("", String::concat));
        }
    }

    private Integer evaluate() throws Exception {
        String text = models.realNix ? withRealNix() : withEmbeddedEvaluator();
        output.write(text.endsWith("\n") ? text : text + "\n");
        return 0;
    }

    private String withEmbeddedEvaluator() throws java.io.IOException {
        NixEvaluator evaluator = models.evaluator();
        for (int i = 0; i + 1 < settings.size(); i += 2) {
            if (!evaluator.setting(settings.get(i), settings.get(i + 1))) {
                System.err.println("warning: unknown setting '" + settings.get(i) + "'");
            }
        }
        ModelNode value;
        InputFormat language = input.file == null ? InputFormat.NIX : models.formatOf(input.file);
        if (input.expression != null) {
            value = evaluator.evaluateExpression(input.expression, Path.of("").toAbsolutePath());
        } else if (language != InputFormat.NIX) {
            value = models.data(input.file, language);
        } else if (input.file.toString().equals("-")) {
            String source = java.nio.file.Files.readString(ModelInputs.readable(input.file));
            value = evaluator.evaluateExpression(source, Path.of("").toAbsolutePath());
        } else {
            Map<String, Object> callArguments = new LinkedHashMap<>();
            callArguments.putAll(models.extraArguments(evaluator));
            for (int i = 0; i + 1 < arguments.size(); i += 2) {
                callArguments.put(arguments.get(i), evaluator.parseArgument(arguments.get(i + 1)));
            }
            for (int i = 0; i + 1 < stringArguments.size(); i += 2) {
                callArguments.put(
                        stringArguments.get(i),
                        evaluator.stringArgument(stringArguments.get(i + 1)));
            }
            value = evaluator.evaluateFile(input.file, callArguments);
        }
        if (attributePath != null) {
            value = AttributePath.select(value, attributePath);
        }
        return format == Format.JSON || json
                ? evaluator.toJson(value, strict)
                : evaluator.toNix(value, strict);
    }

    private String withRealNix() throws Exception {
        RealNixEval nix =
                new RealNixEval(
                        input.file, input.expression, models.extraParams, models.includePaths);
        for (int i = 0; i + 1 < arguments.size(); i += 2) {
            nix.with("--arg", arguments.get(i), arguments.get(i + 1));
        }
        for (int i = 0; i + 1 < stringArguments.size(); i += 2) {
            nix.with("--argstr", stringArguments.get(i), stringArguments.get(i + 1));
        }
        if (attributePath != null) {
            nix.with("-A", attributePath);
        }
        if (strict) {
            nix.with("--strict");
        }
        if (format == Format.JSON || json) {
            nix.with("--json");
        }
        if (showTrace) {
            nix.with("--show-trace");
        }
        for (int i = 0; i + 1 < settings.size(); i += 2) {
            nix.with("--option", settings.get(i), settings.get(i + 1));
        }
        return nix.run();
    }
}
