package org.dydisnix.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Evaluates Nix models with the real {@code nix-instantiate --eval --strict --json} (the {@code
 * --nix} switch) instead of the embedded evaluator. Each model is wrapped in an expression that
 * calls it as the original tools do and strips what cannot be turned into JSON ({@code pkg},
 * dependencies as whole services), so the JSON result feeds the same typed-model builders.
 */
public final class NixInstantiateSource implements ModelSource {
    private static final String PROGRAM = "nix-instantiate";

    private final List<Path> includePaths;

    public NixInstantiateSource(List<Path> includePaths) {
        this.includePaths = List.copyOf(includePaths);
    }

    @Override
    public ModelNode services(Path file, String extraParams) {
        String expression =
                """
                let
                  servicesFun = import %s;
                  extraParams = %s;
                  args = {
                    distribution = {};
                    invDistribution = {};
                    system = builtins.currentSystem;
                    pkgs = throw "pkgs is not available in a services model evaluated by dydisnix";
                  } // (if builtins.isFunction servicesFun
                        then builtins.intersectAttrs (builtins.functionArgs servicesFun) extraParams
                        else {});
                  services = if builtins.isFunction servicesFun then servicesFun args else servicesFun;
                  names = deps: if builtins.isList deps
                    then map (d: if builtins.isString d then d else d.name) deps
                    else builtins.mapAttrs (attr: d: if builtins.isString d then d else d.name or attr) deps;
                in
                builtins.mapAttrs (key: service:
                  builtins.removeAttrs service [ "pkg" "dependsOn" "connectsTo" ]
                  // (if service ? dependsOn then { dependsOn = names service.dependsOn; } else {})
                  // (if service ? connectsTo then { connectsTo = names service.connectsTo; } else {}))
                  services
                """
                        .formatted(pathLiteral(file), extraParams);
        return evaluate(file, expression);
    }

    @Override
    public ModelNode infrastructure(Path file) {
        String expression =
                """
                let infrastructure = import %s;
                in if builtins.isFunction infrastructure then infrastructure {} else infrastructure
                """
                        .formatted(pathLiteral(file));
        return evaluate(file, expression);
    }

    @Override
    public ModelNode distribution(Path file, ModelNode infrastructure, String extraParams) {
        Path infrastructureFile =
                infrastructure == null || infrastructure.position() == null
                        ? null
                        : Path.of(infrastructure.position().file());
        String infrastructureExpression =
                infrastructureFile == null
                        ? "{}"
                        : infrastructureFile.toString().endsWith(".json")
                                ? "(builtins.fromJSON (builtins.readFile "
                                        + pathLiteral(infrastructureFile)
                                        + "))"
                                : "(let i = import "
                                        + pathLiteral(infrastructureFile)
                                        + "; in if builtins.isFunction i then i {} else i)";
        String expression =
                """
                let
                  infrastructure = %s;
                  distributionFun = import %s;
                  extraParams = %s;
                  distribution = if builtins.isFunction distributionFun
                    then distributionFun ({ inherit infrastructure; }
                      // builtins.intersectAttrs (builtins.functionArgs distributionFun) extraParams)
                    else distributionFun;
                  keyOf = target: if builtins.isString target then target else
                    let keys = builtins.filter (k: infrastructure.${k} == target) (builtins.attrNames infrastructure);
                    in if keys == [] then throw "a target is not in the infrastructure model" else builtins.head keys;
                  mapping = m: if builtins.isAttrs m && m ? target
                    then { target = keyOf m.target; } // (if m ? container then { inherit (m) container; } else {})
                    else keyOf m;
                in
                builtins.mapAttrs (service: targets:
                  map mapping (if builtins.isAttrs targets && targets ? targets then targets.targets else targets))
                  distribution
                """
                        .formatted(infrastructureExpression, pathLiteral(file), extraParams);
        return evaluate(file, expression);
    }

    private static String pathLiteral(Path file) {
        return "(/. + " + StringLiterals.nix(file.toAbsolutePath().normalize().toString()) + ")";
    }

    private ModelNode evaluate(Path file, String expression) {
        List<String> command =
                new ArrayList<>(
                        List.of(PROGRAM, "--store", "dummy://", "--eval", "--strict", "--json"));
        for (Path include : includePaths) {
            command.add("-I");
            command.add(include.toString());
        }
        command.add("-E");
        command.add(expression);
        Path output = null;
        try {
            output = Files.createTempFile("dydisnix-nix", ".json");
            Process process =
                    new ProcessBuilder(command)
                            .redirectOutput(output.toFile())
                            .redirectError(ProcessBuilder.Redirect.PIPE)
                            .start();
            String errors;
            try (InputStream err = process.getErrorStream()) {
                errors = new String(err.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new ModelException(
                        SourcePosition.ofFile(file.toString()), "nix-instantiate timed out");
            }
            if (process.exitValue() != 0) {
                throw new ModelException(
                        SourcePosition.ofFile(file.toString()),
                        "nix-instantiate failed: " + firstError(errors));
            }
            return JsonModelSource.json().read(output, file.toString());
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().contains("error=2")) {
                throw new ModelException(
                        null,
                        "--nix needs nix-instantiate on PATH (Debian package nix-bin); "
                                + "without --nix the embedded evaluator needs no Nix installation");
            }
            throw new ModelException(SourcePosition.ofFile(file.toString()), e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelException(SourcePosition.ofFile(file.toString()), "interrupted");
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    output.toFile().deleteOnExit();
                }
            }
        }
    }

    private static String firstError(String errors) {
        return errors.lines()
                .map(String::strip)
                .filter(line -> line.startsWith("error:") || line.contains("error:"))
                .findFirst()
                .orElse(errors.strip().lines().findFirst().orElse("no message"))
                .replaceFirst("^error: *", "");
    }
}
