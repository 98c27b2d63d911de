package org.dydisnix.cli.qos;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dydisnix.cli.plan.PlanningException;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.Mapping;
import org.dydisnix.model.ModelNode;

/**
 * Keeps the candidates a service can be built for, as {@code dydisnix-filter-buildable} does: one
 * {@code nix-build} of the service's package per service and candidate target (the package called
 * as Disnix calls it for that target); a candidate whose build fails is dropped and reported.
 */
public final class CandidateBuilds {
    private static final String PROGRAM = "nix-build";

    /**
     * How nix-build runs.
     *
     * @param store the Nix store to build in ({@code --store}), or null for Nix's default
     * @param options Nix settings as name, value pairs ({@code --option name value})
     * @param includePaths the Nix search path ({@code -I})
     */
    public record Settings(String store, List<String> options, List<Path> includePaths) {}

    /**
     * A candidate dropped because its build failed.
     *
     * @param service the service
     * @param target the candidate target
     * @param reason nix-build's error
     */
    public record Failure(String service, String target, String reason) {}

    private final Settings settings;
    private final List<Failure> failures = new ArrayList<>();

    public CandidateBuilds(Settings settings) {
        this.settings = settings;
    }

    /** The candidates dropped so far, in the order they were tried. */
    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    /**
     * The candidates whose build succeeds. Services read from a data format (JSON, YAML, XML) have
     * no packages, so every candidate is kept.
     */
    public Distribution filter(
            Path servicesFile,
            ModelNode infrastructure,
            String extraParams,
            Distribution candidates) {
        String name = servicesFile.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".nix")) {
            return candidates;
        }
        Path directory = null;
        try {
            directory = Files.createTempDirectory("dydisnix-try-build");
            Path expression = directory.resolve("try-build.nix");
            try (InputStream in = CandidateBuilds.class.getResourceAsStream("try-build.nix")) {
                Files.write(expression, in.readAllBytes());
            }
            Path infrastructureJson = directory.resolve("infrastructure.json");
            Files.writeString(infrastructureJson, json(infrastructure.toPlain()));
            Path candidatesJson = directory.resolve("candidates.json");
            Files.writeString(candidatesJson, json(FilterCalls.data(candidates)));
            SortedMap<String, List<Mapping>> kept = new TreeMap<>();
            for (Map.Entry<String, List<Mapping>> entry : candidates.mappings().entrySet()) {
                List<Mapping> buildable = new ArrayList<>();
                for (Mapping mapping : entry.getValue()) {
                    List<String> command =
                            command(
                                    expression,
                                    servicesFile,
                                    infrastructureJson,
                                    candidatesJson,
                                    extraParams,
                                    entry.getKey(),
                                    mapping.target());
                    String error = build(command, directory.resolve("build.log"));
                    if (error == null) {
                        buildable.add(mapping);
                    } else {
                        failures.add(new Failure(entry.getKey(), mapping.target(), error));
                    }
                }
                kept.put(entry.getKey(), buildable);
            }
            return Distribution.of(kept);
        } catch (IOException e) {
            throw new PlanningException("--filter-buildable: " + e.getMessage());
        } finally {
            delete(directory);
        }
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (var files = Files.list(directory)) {
            files.forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // the directory is gone or unreadable: nothing left to remove
        }
        directory.toFile().delete();
    }

    private List<String> command(
            Path expression,
            Path servicesFile,
            Path infrastructure,
            Path candidates,
            String extraParams,
            String service,
            String target) {
        List<String> command = new ArrayList<>(List.of(PROGRAM, "--no-out-link"));
        if (settings.store() != null) {
            command.addAll(List.of("--store", settings.store()));
        }
        for (int i = 0; i + 1 < settings.options().size(); i += 2) {
            command.addAll(
                    List.of("--option", settings.options().get(i), settings.options().get(i + 1)));
        }
        for (Path include : settings.includePaths()) {
            command.addAll(List.of("-I", include.toString()));
        }
        command.addAll(
                List.of(
                        "--argstr",
                        "servicesFile",
                        servicesFile.toAbsolutePath().normalize().toString(),
                        "--argstr",
                        "infrastructureJson",
                        infrastructure.toString(),
                        "--argstr",
                        "candidatesJson",
                        candidates.toString(),
                        "--argstr",
                        "serviceName",
                        service,
                        "--argstr",
                        "targetName",
                        target,
                        "--arg",
                        "extraParams",
                        extraParams,
                        expression.toString()));
        return command;
    }

    /** Runs one build: null when it succeeds, else its first error line. */
    private static String build(List<String> command, Path log) throws IOException {
        try {
            Process process =
                    new ProcessBuilder(command)
                            .redirectErrorStream(true)
                            .redirectOutput(log.toFile())
                            .redirectInput(
                                    ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                            .start();
            process.waitFor();
            if (process.exitValue() == 0) {
                return null;
            }
            return firstError(Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().contains("error=2")) {
                throw new PlanningException(
                        "--filter-buildable needs nix-build on PATH (Debian package nix-bin)");
            }
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlanningException("--filter-buildable: interrupted");
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String firstError(String log) {
        return log.lines()
                .map(String::strip)
                .filter(line -> line.startsWith("error:"))
                .map(line -> line.replaceFirst("^error: *", ""))
                .filter(line -> !line.isEmpty())
                .findFirst()
                .orElse(log.strip().lines().reduce((a, b) -> b).orElse("nix-build failed"));
    }

    private static String json(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new PlanningException("--filter-buildable: " + e.getOriginalMessage());
        }
    }
}
