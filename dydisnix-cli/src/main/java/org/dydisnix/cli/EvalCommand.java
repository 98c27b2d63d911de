package org.dydisnix.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dydisnix.cli.eval.EmbeddedEval;
import org.dydisnix.cli.eval.EvalOptions;
import org.dydisnix.cli.eval.RealNixEval;
import org.dydisnix.cli.eval.TracedError;
import org.dydisnix.cli.options.LazySpec;
import org.dydisnix.cli.options.ModelOptions;
import org.dydisnix.cli.options.OutputOption;
import org.dydisnix.nix.NixError;
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

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Mixin EvalOptions options;

    @Mixin ModelOptions models;

    @Mixin OutputOption output;

    @Mixin LazySpec spec;

    @Override
    public Integer call() throws Exception {
        String text;
        try {
            text = models.realNix ? withRealNix() : withEmbeddedEvaluator();
        } catch (NixError e) {
            boolean debug = spec.get().root().userObject() instanceof Dydisnix root && root.debug();
            if (options.showTrace && !debug && !e.trace().isEmpty()) {
                throw new TracedError(e);
            }
            throw e;
        }
        output.write(text.endsWith("\n") ? text : text + "\n");
        return 0;
    }

    private String withEmbeddedEvaluator() throws java.io.IOException {
        EmbeddedEval eval = new EmbeddedEval(models, options);
        return input.expression != null ? eval.expression(input.expression) : eval.file(input.file);
    }

    private String withRealNix() throws Exception {
        return new RealNixEval(
                        input.file, input.expression, models.extraParams, models.includePaths)
                .with(options)
                .run();
    }
}
