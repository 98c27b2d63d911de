package org.dydisnix.cli.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.dydisnix.cli.Dydisnix;
import org.dydisnix.cli.Main;
import org.dydisnix.nix.ParseCache;

/**
 * The training run of the class-data sharing archive: runs every command on the examples in one
 * JVM, so that {@code -XX:DumpLoadedClassList} records the classes a run of each command loads. Run
 * at build time; a failed run is reported and skipped (the archive then misses its classes).
 */
public final class CdsTraining {

    private static final String MODEL_ARGUMENTS =
            "{ system = \"x86_64-linux\"; pkgs = {}; distribution = {}; invDistribution = {}; }";

    private CdsTraining() {}

    /**
     * The commands run: each subcommand on the examples, its help where it has no run of its own;
     * files they need or write go to {@code scratch}.
     */
    public static List<List<String>> runs(Path examples, Path scratch) {
        String blog = examples.resolve("blog").toString();
        String grouped = examples.resolve("grouped").toString();
        List<List<String>> runs = new ArrayList<>();
        runs.add(List.of("--version"));
        runs.add(List.of("--help"));
        for (String format : List.of("json", "nix")) {
            String services = blog + "/services." + format;
            String infrastructure = blog + "/infrastructure." + format;
            String distribution = blog + "/distribution." + format;
            runs.add(List.of("graphcol", "-s", services, "-i", infrastructure));
            runs.add(
                    List.of(
                            "graphcol",
                            "-s",
                            services,
                            "-i",
                            infrastructure,
                            "--output-resolved-graph"));
            runs.add(
                    List.of(
                            "multiwaycut",
                            "-s",
                            services,
                            "-i",
                            infrastructure,
                            "-d",
                            distribution));
            String value =
                    format.equals("nix")
                            ? "builtins.mapAttrs (name: service: service.type) (import "
                                    + Path.of(services).toAbsolutePath()
                                    + " "
                                    + MODEL_ARGUMENTS
                                    + ")"
                            : "builtins.fromJSON (builtins.readFile "
                                    + Path.of(services).toAbsolutePath()
                                    + ")";
            runs.add(List.of("eval", "--strict", "-E", value));
            if (format.equals("nix")) {
                runs.add(List.of("eval", "--strict", "-E", libraryStyle(services)));
            }
            runs.add(List.of("visualize-services", "-s", services));
            runs.add(List.of("visualize-services", "-s", grouped + "/services." + format));
            runs.add(List.of("visualize-infra", "-i", infrastructure));
        }
        String qos = examples.resolve("qos").toString();
        List<String> qosModels =
                List.of(
                        "-s",
                        qos + "/services.nix",
                        "-i",
                        qos + "/infrastructure.nix",
                        "-d",
                        qos + "/candidates.nix");
        runs.add(
                List.of(
                        "gendist",
                        "-s",
                        qos + "/services.nix",
                        "-i",
                        qos + "/infrastructure.nix",
                        "-q",
                        qos + "/qos/minsetcover2.nix"));
        runs.add(
                concat(
                        List.of(
                                "divide",
                                "--strategy",
                                "greedy",
                                "--service-property",
                                "requireMem",
                                "--target-property",
                                "mem"),
                        qosModels));
        runs.add(concat(List.of("minsetcover", "--target-property", "cost"), qosModels));
        runs.add(List.of("previous-distribution", qos + "/profiles/default"));
        String ids = examples.resolve("idassign").toString();
        runs.add(
                List.of(
                        "id-assign",
                        "-s",
                        ids + "/services.nix",
                        "-i",
                        ids + "/infrastructure.nix",
                        "-d",
                        ids + "/distribution.nix",
                        "--id-resources",
                        ids + "/idresources-global.nix"));
        runs.add(
                List.of(
                        "document-services",
                        "-s",
                        grouped + "/services.nix",
                        "--docs",
                        grouped + "/docs.nix",
                        "--group",
                        "services"));
        runs.add(imageRun(examples, scratch, "rootfs", "image.tar"));
        runs.add(imageRun(examples, scratch, "image.tar", "image-over-image.tar"));
        List<String> trained = runs.stream().map(run -> run.get(0)).toList();
        Dydisnix.commandLine().getSubcommands().keySet().stream()
                .filter(name -> !name.equals("help") && !trained.contains(name))
                .forEach(name -> runs.add(List.of(name, "--help")));
        return runs;
    }

    /**
     * An expression in the style of nixpkgs lib, with a {@code scopedImport} of a model and the
     * store operations of lib's tests (derivations, a directory copied to the store, TOML).
     */
    private static String libraryStyle(String services) {
        Path model = Path.of(services).toAbsolutePath();
        Path directory = model.getParent();
        try (InputStream in = CdsTraining.class.getResourceAsStream("eval-training.nix")) {
            return "("
                    + new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    + ") // { imported = builtins.mapAttrs (name: service: service.type)"
                    + " ((builtins.scopedImport { } "
                    + model
                    + ") "
                    + MODEL_ARGUMENTS
                    + "); store = [ \"${"
                    + directory
                    + "}\" (builtins.attrNames (builtins.readDir "
                    + directory
                    + ")) (builtins.path { path = "
                    + directory
                    + "; name = \"training\"; filter = p: t: t != \"symlink\"; })"
                    + " (derivation { name = \"training\"; system = \"x86_64-linux\";"
                    + " builder = \"/bin/sh\"; outputs = [ \"out\" \"dev\" ]; }).dev.drvPath"
                    + " (builtins.toFile \"training\" \"text\")"
                    + " (builtins.fromTOML \"a = 1\\n[b]\\nc = [ \\\"d\\\", 2.5 ]\") ]; }";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An image of the multi-process example over {@code base} in {@code scratch}: a small root file
     * system directory made here, or the image an earlier run wrote.
     */
    private static List<String> imageRun(Path examples, Path scratch, String base, String out) {
        try {
            Path etc = Files.createDirectories(scratch.resolve("rootfs/etc"));
            Files.writeString(etc.resolve("passwd"), "root:x:0:0:root:/root:/bin/sh\n");
            Files.writeString(etc.resolve("group"), "root:x:0:\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(
                "create-multi-process-image",
                "--processes",
                examples.resolve("multi-process/processes.json").toString(),
                "--base",
                scratch.resolve(base).toString(),
                "-o",
                scratch.resolve(out).toString());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * Runs the commands on the examples directory {@code args[0]} through the launcher's entry
     * point, discarding their output.
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        PrintStream err = System.err;
        int failed = 0;
        Path scratch = Files.createTempDirectory("dydisnix-cds-training-");
        List<List<String>> runs = runs(Path.of(args[0]), scratch);
        ParseCache.use(scratch.resolve("parsed"));
        for (List<String> run : runs) {
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            System.setErr(new PrintStream(errors));
            int exit = Main.run(run.toArray(String[]::new));
            System.setOut(out);
            System.setErr(err);
            if (exit != 0) {
                failed++;
                err.println("cds training: exit " + exit + ": dydisnix " + String.join(" ", run));
                err.print(errors);
            }
        }
        try (Stream<Path> walk = Files.walk(scratch)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        out.println("cds training: " + runs.size() + " runs, " + failed + " failed");
    }
}
