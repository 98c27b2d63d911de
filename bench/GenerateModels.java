import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates synthetic but realistic Disnix models for the benchmark suite (bench/run.sh).
 *
 * <p>Run with the JDK 17 source launcher, no build and no dependencies:
 *
 * <pre>
 *   java bench/GenerateModels.java [--sizes 100,10000,100000] [--targets 16] [--candidates 16]
 *                                  [--seed 42] [--connects 0.1] OUTDIR
 * </pre>
 *
 * <p>For every size N it writes {@code OUTDIR/N/} holding {@code services.nix}, {@code services.json},
 * {@code infrastructure.nix}, {@code infrastructure.json}, {@code distribution.nix} and
 * {@code distribution.json}, and a {@code params} file naming the parameters (so a caller can tell
 * whether the models are up to date).
 *
 * <ul>
 *   <li>Services: {@code dependsOn} follows preferential attachment (service i depends on 0..8 earlier
 *       services, geometric with mean about 2, chosen with probability proportional to 1 + in-degree),
 *       which gives a power-law in-degree and an acyclic graph. A fraction of services (--connects)
 *       also {@code connectsTo} one earlier service (so the whole model stays acyclic, which
 *       {@code nix-instantiate --strict --json} needs to print it).
 *       Services belong to nested groups ({@code areaA/teamB}), some only to an area, some to none.
 *       No {@code pkg} attribute: the Nix model evaluates under {@code nix-instantiate --strict}.</li>
 *   <li>Infrastructure: K targets {@code target01..} with hostname, system and containers.</li>
 *   <li>Distribution: C distinct candidate targets per service, chosen at random.</li>
 * </ul>
 *
 * <p>The same seed gives byte-identical files.
 */
public final class GenerateModels {

    private static final String[] ROLES = {"web", "api", "auth", "db", "cache", "queue", "worker", "search",
        "report", "log", "mail", "billing"};
    private static final int MAX_DEPENDENCIES = 8;

    private int[] sizes = {100, 10_000, 100_000};
    private int targets = 16;
    private int candidates = 16;
    private long seed = 42;
    private double connects = 0.1;
    private Path out;

    public static void main(String[] args) throws IOException {
        GenerateModels generator = new GenerateModels();
        try {
            generator.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("GenerateModels: " + e.getMessage());
            System.err.println("usage: java bench/GenerateModels.java [--sizes 100,10000,100000] [--targets K]"
                    + " [--candidates C] [--seed S] [--connects FRACTION] OUTDIR");
            System.exit(2);
        }
        for (int size : generator.sizes) {
            long start = System.nanoTime();
            Path dir = generator.generate(size);
            System.err.printf(Locale.ROOT, "GenerateModels: %d services -> %s (%.1f s)%n", size, dir,
                    (System.nanoTime() - start) / 1e9);
        }
    }

    private void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                String value = args[++i];
                try {
                    switch (arg) {
                        case "--sizes" -> sizes = Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
                        case "--targets" -> targets = Integer.parseInt(value);
                        case "--candidates" -> candidates = Integer.parseInt(value);
                        case "--seed" -> seed = Long.parseLong(value);
                        case "--connects" -> connects = Double.parseDouble(value);
                        default -> throw new IllegalArgumentException("unknown option " + arg);
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(arg + ": not a number: " + value);
                }
            } else if (out == null) {
                out = Path.of(arg);
            } else {
                throw new IllegalArgumentException("more than one output directory");
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("no output directory");
        }
        if (targets < 1 || candidates < 1 || candidates > targets) {
            throw new IllegalArgumentException("need 1 <= candidates <= targets");
        }
        for (int size : sizes) {
            if (size < 1) {
                throw new IllegalArgumentException("sizes must be positive");
            }
        }
    }

    /** One service of the generated model. */
    private record Service(String name, String type, String group, List<Integer> dependsOn,
            List<Integer> connectsTo) {
    }

    private Path generate(int size) throws IOException {
        SplittableRandom random = new SplittableRandom(seed ^ (size * 0x9E3779B97F4A7C15L));
        List<Service> services = services(size, random);
        String[] targetNames = new String[targets];
        int digits = Math.max(2, String.valueOf(targets).length());
        for (int t = 0; t < targets; t++) {
            targetNames[t] = String.format(Locale.ROOT, "target%0" + digits + "d", t + 1);
        }
        int[][] distribution = distribution(size, random);

        Path dir = out.resolve(String.valueOf(size));
        Files.createDirectories(dir);
        write(dir.resolve("services.nix"), w -> servicesNix(w, services));
        write(dir.resolve("services.json"), w -> servicesJson(w, services));
        write(dir.resolve("infrastructure.nix"), w -> infrastructureNix(w, targetNames));
        write(dir.resolve("infrastructure.json"), w -> infrastructureJson(w, targetNames));
        write(dir.resolve("distribution.nix"), w -> distributionNix(w, services, targetNames, distribution));
        write(dir.resolve("distribution.json"), w -> distributionJson(w, services, targetNames, distribution));
        write(dir.resolve("params"), w -> w.write(params(size) + "\n"));
        return dir;
    }

    /** The parameters that determine the files of one size, one line. */
    private String params(int size) {
        return "generator=3 size=" + size + " targets=" + targets + " candidates=" + candidates + " seed=" + seed
                + " connects=" + connects;
    }

    private List<Service> services(int size, SplittableRandom random) {
        int digits = String.valueOf(size - 1).length();
        int areas = Math.max(2, size / 400);
        // The urn holds every service index once, plus once per dependant: a uniform draw from it
        // picks a service with probability proportional to 1 + in-degree (preferential attachment).
        int[] urn = new int[size * (MAX_DEPENDENCIES + 1) + 1];
        int urnSize = 0;
        List<Service> services = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String role = ROLES[random.nextInt(ROLES.length)];
            String name = role + String.format(Locale.ROOT, "%0" + digits + "d", i);
            String type = switch (role) {
                case "db" -> "mysql-database";
                case "web", "api", "auth", "billing" -> "tomcat-webapplication";
                default -> "process";
            };
            double groupDraw = random.nextDouble();
            int area = random.nextInt(areas);
            String group = groupDraw < 0.1 ? null
                    : groupDraw < 0.3 ? "area" + area
                    : "area" + area + "/team" + random.nextInt(4);
            int wanted = Math.min(i, dependencyCount(random));
            LinkedHashSet<Integer> dependsOn = new LinkedHashSet<>();
            int attempts = 0;
            while (dependsOn.size() < wanted && attempts++ < 8 * wanted + 8) {
                dependsOn.add(urn[random.nextInt(urnSize)]);
            }
            for (int dependency : dependsOn) {
                urn[urnSize++] = dependency;
            }
            urn[urnSize++] = i;
            services.add(new Service(name, type, group, new ArrayList<>(dependsOn), new ArrayList<>()));
        }
        // connectsTo: to an earlier service that is not already a dependency. Disnix allows cycles
        // through connectsTo, but nix-instantiate --strict --json (the peer of the evaluator benchmark)
        // cannot print a cyclic model, so the generated one stays acyclic.
        for (int i = 1; i < size; i++) {
            if (random.nextDouble() < connects) {
                int other = random.nextInt(i);
                Service service = services.get(i);
                if (!service.dependsOn().contains(other)) {
                    service.connectsTo().add(other);
                }
            }
        }
        return services;
    }

    /** 0..8 dependencies, geometric with mean about 2. */
    private static int dependencyCount(SplittableRandom random) {
        int count = 0;
        while (count < MAX_DEPENDENCIES && random.nextDouble() < 0.67) {
            count++;
        }
        return count;
    }

    private int[][] distribution(int size, SplittableRandom random) {
        int[][] result = new int[size][];
        int[] all = new int[targets];
        for (int i = 0; i < size; i++) {
            for (int t = 0; t < targets; t++) {
                all[t] = t;
            }
            // partial Fisher-Yates: the first `candidates` entries are a random subset
            for (int t = 0; t < candidates; t++) {
                int j = t + random.nextInt(targets - t);
                int swap = all[t];
                all[t] = all[j];
                all[j] = swap;
            }
            int[] chosen = Arrays.copyOf(all, candidates);
            Arrays.sort(chosen);
            result[i] = chosen;
        }
        return result;
    }

    private void servicesNix(BufferedWriter w, List<Service> services) throws IOException {
        w.write("# Generated by bench/GenerateModels.java (" + params(services.size()) + ")\n");
        w.write("{system, pkgs, distribution, invDistribution}:\n\nrec {\n");
        for (Service s : services) {
            w.write("  " + s.name() + " = {\n");
            w.write("    name = \"" + s.name() + "\";\n");
            w.write("    type = \"" + s.type() + "\";\n");
            if (s.group() != null) {
                w.write("    group = \"" + s.group() + "\";\n");
            }
            inheritNix(w, "dependsOn", s.dependsOn(), services);
            inheritNix(w, "connectsTo", s.connectsTo(), services);
            w.write("  };\n");
        }
        w.write("}\n");
    }

    private static void inheritNix(BufferedWriter w, String attribute, List<Integer> refs, List<Service> services)
            throws IOException {
        if (refs.isEmpty()) {
            return;
        }
        w.write("    " + attribute + " = {\n      inherit");
        for (int ref : refs) {
            w.write(" " + services.get(ref).name());
        }
        w.write(";\n    };\n");
    }

    private void servicesJson(BufferedWriter w, List<Service> services) throws IOException {
        w.write("{\n");
        for (int i = 0; i < services.size(); i++) {
            Service s = services.get(i);
            w.write("  \"" + s.name() + "\": {\n");
            w.write("    \"name\": \"" + s.name() + "\",\n");
            if (s.group() != null) {
                w.write("    \"group\": \"" + s.group() + "\",\n");
            }
            listJson(w, "dependsOn", s.dependsOn(), services);
            listJson(w, "connectsTo", s.connectsTo(), services);
            w.write("    \"type\": \"" + s.type() + "\"\n");
            w.write(i + 1 < services.size() ? "  },\n" : "  }\n");
        }
        w.write("}\n");
    }

    private static void listJson(BufferedWriter w, String attribute, List<Integer> refs, List<Service> services)
            throws IOException {
        if (refs.isEmpty()) {
            return;
        }
        w.write("    \"" + attribute + "\": [");
        for (int j = 0; j < refs.size(); j++) {
            w.write((j == 0 ? " \"" : ", \"") + services.get(refs.get(j)).name() + "\"");
        }
        w.write(" ],\n");
    }

    private static void infrastructureNix(BufferedWriter w, String[] targetNames) throws IOException {
        w.write("{\n");
        for (int t = 0; t < targetNames.length; t++) {
            String name = targetNames[t];
            w.write("  " + name + " = {\n");
            w.write("    properties = {\n      hostname = \"" + name + ".example.org\";\n    };\n");
            w.write("    system = \"x86_64-linux\";\n");
            w.write("    numOfCores = " + (2 << (t % 3)) + ";\n");
            w.write("    containers = {\n");
            w.write("      mysql-database = {\n        mysqlPort = 3306;\n      };\n");
            w.write("      tomcat-webapplication = {\n        tomcatPort = 8080;\n      };\n");
            w.write("      process = {};\n");
            w.write("    };\n");
            w.write("  };\n");
        }
        w.write("}\n");
    }

    private static void infrastructureJson(BufferedWriter w, String[] targetNames) throws IOException {
        w.write("{\n");
        for (int t = 0; t < targetNames.length; t++) {
            String name = targetNames[t];
            w.write("  \"" + name + "\": {\n");
            w.write("    \"properties\": { \"hostname\": \"" + name + ".example.org\" },\n");
            w.write("    \"system\": \"x86_64-linux\",\n");
            w.write("    \"numOfCores\": " + (2 << (t % 3)) + ",\n");
            w.write("    \"containers\": {\n");
            w.write("      \"mysql-database\": { \"mysqlPort\": 3306 },\n");
            w.write("      \"tomcat-webapplication\": { \"tomcatPort\": 8080 },\n");
            w.write("      \"process\": {}\n");
            w.write("    }\n");
            w.write(t + 1 < targetNames.length ? "  },\n" : "  }\n");
        }
        w.write("}\n");
    }

    private static void distributionNix(BufferedWriter w, List<Service> services, String[] targetNames,
            int[][] distribution) throws IOException {
        w.write("{infrastructure}:\n\n{\n");
        for (int i = 0; i < services.size(); i++) {
            w.write("  " + services.get(i).name() + " = [");
            for (int t : distribution[i]) {
                w.write(" infrastructure." + targetNames[t]);
            }
            w.write(" ];\n");
        }
        w.write("}\n");
    }

    private static void distributionJson(BufferedWriter w, List<Service> services, String[] targetNames,
            int[][] distribution) throws IOException {
        w.write("{\n");
        for (int i = 0; i < services.size(); i++) {
            w.write("  \"" + services.get(i).name() + "\": [");
            int[] chosen = distribution[i];
            for (int j = 0; j < chosen.length; j++) {
                w.write((j == 0 ? " \"" : ", \"") + targetNames[chosen[j]] + "\"");
            }
            w.write(i + 1 < services.size() ? " ],\n" : " ]\n");
        }
        w.write("}\n");
    }

    private interface Body {
        void write(BufferedWriter writer) throws IOException;
    }

    /** Writes a file through a temporary name, so an interrupted run leaves no partial model behind. */
    private static void write(Path file, Body body) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            body.write(writer);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
