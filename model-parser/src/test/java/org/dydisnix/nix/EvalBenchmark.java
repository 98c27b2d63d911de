package org.dydisnix.nix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dydisnix.model.ModelReader;
import org.dydisnix.model.ServicesModel;

/**
 * Benchmark (not part of the test run): generates a services model of N services with dependencies,
 * evaluates it to JSON with the embedded evaluator and with {@code nix-instantiate --eval --strict
 * --json}, checks both outputs are equal and prints the times. Run with {@code bench/eval-bench.sh
 * [N]}.
 */
public final class EvalBenchmark {
    private static final int WARM_RUNS = 10;

    private EvalBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("dydisnix-eval-bench");
        Path services = dir.resolve("services.nix");
        Files.writeString(services, servicesModel(count), StandardCharsets.UTF_8);
        Path wrapper = dir.resolve("bench.nix");
        Files.writeString(
                wrapper,
                """
                let
                  services = import ./services.nix {
                    system = builtins.currentSystem; pkgs = null; distribution = {}; invDistribution = {};
                  };
                in
                builtins.mapAttrs (key: service: {
                  inherit (service) name type;
                  dependsOn = builtins.attrNames (service.dependsOn or {});
                }) services
                """,
                StandardCharsets.UTF_8);
        System.out.printf(
                "services model: %d services, %d bytes (%s)%n",
                count, Files.size(services), services);

        long start = System.nanoTime();
        String ours = evaluate(wrapper);
        double cold = seconds(start);
        double warm = Double.MAX_VALUE;
        for (int i = 0; i < WARM_RUNS; i++) {
            start = System.nanoTime();
            evaluate(wrapper);
            warm = Math.min(warm, seconds(start));
        }
        start = System.nanoTime();
        ServicesModel model =
                new ModelReader(new NixModelSource(List.of()), "{}", false).services(services);
        double reader = seconds(start);

        start = System.nanoTime();
        Process process =
                new ProcessBuilder(
                                "nix-instantiate",
                                "--store",
                                "dummy://",
                                "--eval",
                                "--strict",
                                "--json",
                                wrapper.toString())
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
        String theirs =
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int exit = process.waitFor();
        double nix = seconds(start);

        System.out.printf("embedded evaluator, first run (cold JVM): %.3f s%n", cold);
        System.out.printf("embedded evaluator, best of %d warm runs:  %.3f s%n", WARM_RUNS, warm);
        System.out.printf(
                "ModelReader.services (typed model, %d services): %.3f s%n",
                model.services().size(), reader);
        System.out.printf(
                "nix-instantiate --eval --strict --json:   %.3f s (exit %d)%n", nix, exit);
        System.out.printf(
                "ratio embedded/nix-instantiate: cold %.2f, warm %.2f%n", cold / nix, warm / nix);
        System.out.println("outputs identical: " + ours.equals(theirs));
        deleteAll(dir);
    }

    private static String evaluate(Path file) {
        NixEvaluator evaluator = new NixEvaluator(List.of(), "");
        return evaluator.toJson(evaluator.evaluateFile(file, Map.of()), true);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * A services model in the style of the blog example, with up to three dependencies per service.
     */
    static String servicesModel(int count) {
        Random random = new Random(42);
        StringBuilder s =
                new StringBuilder("{system, pkgs, distribution, invDistribution}:\n\n")
                        .append(
                                "let\n  customPkgs = import ./pkgs { inherit pkgs system; };\nin\nrec {\n");
        for (int i = 0; i < count; i++) {
            s.append("  service")
                    .append(i)
                    .append(" = {\n")
                    .append("    name = \"service")
                    .append(i)
                    .append("\";\n")
                    .append("    pkg = customPkgs.service")
                    .append(i)
                    .append(";\n");
            if (i > 0) {
                s.append("    dependsOn = {\n      inherit");
                java.util.TreeSet<Integer> dependencies = new java.util.TreeSet<>();
                int wanted = 1 + random.nextInt(3);
                for (int d = 0; d < wanted; d++) {
                    dependencies.add(random.nextInt(i));
                }
                dependencies.forEach(d -> s.append(" service").append(d));
                s.append(";\n    };\n");
            }
            s.append("    type = \"")
                    .append(i % 2 == 0 ? "echo" : "process")
                    .append("\";\n  };\n\n");
        }
        return s.append("}\n").toString();
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }
}
