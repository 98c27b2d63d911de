package org.dydisnix.cli.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dydisnix.cli.Failure;
import org.dydisnix.model.StringLiterals;

/**
 * {@code eval --nix}: the same request answered by the real {@code nix-instantiate --eval}, with
 * {@code --extra-params} passed to a model function the way the other commands pass it.
 */
public final class RealNixEval {
    private final List<String> command = new ArrayList<>();

    /** A request for a file (called with the extra parameters it accepts) or an expression. */
    public RealNixEval(Path file, String expression, String extraParams, List<Path> includes) {
        command.addAll(List.of("nix-instantiate", "--eval", "--store", "dummy://"));
        includes.forEach(include -> command.addAll(List.of("-I", include.toString())));
        if (expression != null) {
            command.addAll(List.of("-E", expression));
        } else if (file.toString().equals("-")) {
            command.add("-");
        } else {
            String path = StringLiterals.nix(file.toAbsolutePath().normalize().toString());
            command.addAll(
                    List.of(
                            "-E",
                            "{ ... }@args: let f = import (/. + "
                                    + path
                                    + "); extra = "
                                    + extraParams
                                    + "; in if builtins.isFunction f then f ((builtins.intersectAttrs"
                                    + " (builtins.functionArgs f) extra) // args) else f"));
        }
    }

    /** Adds the options nix-instantiate shares with {@code eval}, passed through unchanged. */
    public RealNixEval with(EvalOptions options) {
        for (int i = 0; i + 1 < options.arguments.size(); i += 2) {
            command.addAll(
                    List.of("--arg", options.arguments.get(i), options.arguments.get(i + 1)));
        }
        for (int i = 0; i + 1 < options.stringArguments.size(); i += 2) {
            command.addAll(
                    List.of(
                            "--argstr",
                            options.stringArguments.get(i),
                            options.stringArguments.get(i + 1)));
        }
        if (options.attributePath != null) {
            command.addAll(List.of("-A", options.attributePath));
        }
        if (options.strict) {
            command.add("--strict");
        }
        if (options.printsJson()) {
            command.add("--json");
        }
        if (options.showTrace) {
            command.add("--show-trace");
        }
        for (int i = 0; i + 1 < options.settings.size(); i += 2) {
            command.addAll(
                    List.of("--option", options.settings.get(i), options.settings.get(i + 1)));
        }
        return this;
    }

    /** What nix-instantiate prints; its error output becomes the failure's message. */
    public String run() throws IOException, InterruptedException {
        Path errors = Files.createTempFile("dydisnix-nix", ".err");
        try {
            Process process;
            try {
                process =
                        new ProcessBuilder(command)
                                .redirectInput(ProcessBuilder.Redirect.INHERIT)
                                .redirectError(errors.toFile())
                                .start();
            } catch (IOException e) {
                throw new Failure.CommandException(
                        "--nix needs nix-instantiate on PATH (Debian package nix-bin); "
                                + "without --nix the embedded evaluator needs no Nix installation");
            }
            String output;
            try (InputStream out = process.getInputStream()) {
                output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (process.waitFor() != 0) {
                String message = Files.readString(errors, StandardCharsets.UTF_8).strip();
                throw new Failure.CommandException(
                        "nix-instantiate failed: "
                                + message.lines()
                                        .filter(line -> line.contains("error:"))
                                        .findFirst()
                                        .orElse(message)
                                        .strip());
            }
            return output;
        } finally {
            Files.deleteIfExists(errors);
        }
    }
}
