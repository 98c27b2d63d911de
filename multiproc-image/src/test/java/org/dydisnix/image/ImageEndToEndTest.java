package org.dydisnix.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dydisnix.model.processes.ProcessesModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Builds the blog example on a Debian base for each process manager and runs it through {@code
 * src/test/image-e2e/run.sh}: skopeo, umoci, the image's own command as PID 1 under bwrap, curl
 * through nginx, the process manager's status, the webapp's user, TERM; the failure policy (a crash
 * loop or a fatal start stops the container with a non-zero status, a one-shot may exit 0, under
 * ignore the container stays up and its health check reports the failure); podman. Skipped unless
 * run as root with skopeo, umoci, bwrap, mmdebstrap, curl, nsenter and flock on the PATH, or with
 * {@code -Dimage.e2e=false}.
 */
class ImageEndToEndTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SCRIPT = ROOT.resolve("src/test/image-e2e/run.sh");
    private static final Path MODEL = ROOT.resolve("examples/multi-process/processes.json");
    private static final Path WORK = Path.of("target/image-e2e").toAbsolutePath();
    private static Path base;

    @BeforeAll
    static void requirements() throws Exception {
        assumeTrue(
                Boolean.parseBoolean(System.getProperty("image.e2e", "true")),
                "disabled by -Dimage.e2e=false");
        assumeTrue(
                ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0,
                "needs root");
        for (String tool :
                List.of("skopeo", "umoci", "bwrap", "mmdebstrap", "curl", "nsenter", "flock")) {
            assumeTrue(onPath(tool), "needs " + tool);
        }
        Files.createDirectories(WORK);
        Path log = WORK.resolve("base.log");
        Process process =
                new ProcessBuilder(SCRIPT.toString(), "base").redirectError(log.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes()).trim();
        assertThat(process.waitFor(20, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
        base = Path.of(out);
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static BuiltImage build(ProcessManager manager, Path base, Path out)
            throws ImageException {
        return build(manager, MODEL, base, out);
    }

    private static BuiltImage build(ProcessManager manager, Path model, Path base, Path out)
            throws ImageException {
        return MultiProcessImage.builder()
                .processes(TestProcesses.read(model))
                .processManager(manager)
                .name("multiprocess")
                .tag("test")
                .base(base)
                .build()
                .writeTo(out);
    }

    @ParameterizedTest
    @EnumSource(ProcessManager.class)
    void blogExample_runsAsPid1_andIsReproducible(ProcessManager manager) throws Exception {
        String pm = manager.modelName();
        BuiltImage first = build(manager, base, WORK.resolve(pm + ".tar"));
        BuiltImage second = build(manager, base, WORK.resolve(pm + "-again.tar"));
        assertThat(first.warnings()).isEmpty();
        assertThat(second.manifestDigest()).isEqualTo(first.manifestDigest());
        assertThat(Files.mismatch(first.file(), second.file())).isEqualTo(-1L);
        Files.delete(second.file());

        Path work = WORK.resolve(pm + "-work");
        script("check", first.file(), pm, work);

        // The docker archive skopeo made from our image is itself a usable base.
        if (manager == ProcessManager.SUPERVISORD) {
            BuiltImage rebuilt =
                    build(
                            manager,
                            work.resolve("docker.tar"),
                            WORK.resolve("from-docker-archive.tar"));
            assertThat(rebuilt.warnings()).isEmpty();
            Files.delete(rebuilt.file());
        }
        deleteTree(work);
    }

    @org.junit.jupiter.api.Test
    void directoryBase_layerStreamedIntoTheArchive_runsAsPid1() throws Exception {
        Path rootfs = Files.createDirectories(WORK.resolve("rootfs-dir"));
        Process tar =
                new ProcessBuilder("tar", "-xf", base.toString(), "-C", rootfs.toString())
                        .redirectErrorStream(true)
                        .start();
        String tarOutput = new String(tar.getInputStream().readAllBytes());
        assertThat(tar.waitFor()).as(tarOutput).isZero();
        BuiltImage image =
                build(ProcessManager.SUPERVISORD, rootfs, WORK.resolve("from-directory.tar"));
        assertThat(image.warnings()).isEmpty();
        deleteTree(rootfs);

        Path work = WORK.resolve("from-directory-work");
        script("check", image.file(), "supervisord", work);
        deleteTree(work);
        Files.delete(image.file());
    }

    @org.junit.jupiter.api.Test
    void blogExampleInNix_sysvinit_runsAsPid1() throws Exception {
        ProcessesModel model =
                TestProcesses.read(
                        ROOT.resolve("examples/multi-process/processes.nix"),
                        java.util.Map.of(
                                "processManager", "sysvinit", "forceDisableUserChange", false));
        BuiltImage image =
                MultiProcessImage.builder()
                        .processes(model)
                        .processManager(ProcessManager.SYSVINIT)
                        .name("multiprocess")
                        .tag("test")
                        .base(base)
                        .build()
                        .writeTo(WORK.resolve("nix-sysvinit.tar"));
        assertThat(image.warnings()).isEmpty();
        Path work = WORK.resolve("nix-sysvinit-work");
        script("check", image.file(), "sysvinit", work);
        deleteTree(work);
        Files.delete(image.file());
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> policyCases() {
        return java.util.Arrays.stream(ProcessManager.values())
                .flatMap(
                        manager ->
                                java.util.stream.Stream.of(
                                        // fatal start: a process that fails at once
                                        org.junit.jupiter.params.provider.Arguments.of(
                                                manager, "failing.json", "expect-failure"),
                                        // a running process that crashes every 2 s
                                        org.junit.jupiter.params.provider.Arguments.of(
                                                manager,
                                                "policy/crash-loop.json",
                                                "expect-failure"),
                                        // a one-shot that exits 0 by design
                                        org.junit.jupiter.params.provider.Arguments.of(
                                                manager, "policy/oneshot.json", "expect-running"),
                                        // the crash loop under --on-failure ignore
                                        org.junit.jupiter.params.provider.Arguments.of(
                                                manager,
                                                "policy/crash-loop.json",
                                                "expect-ignored")));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @org.junit.jupiter.params.provider.MethodSource("policyCases")
    void failurePolicy(ProcessManager manager, String model, String expectation) throws Exception {
        String pm = manager.modelName();
        String name = model.replaceAll("[^a-z-]", "-") + "-" + expectation;
        BuiltImage image =
                MultiProcessImage.builder()
                        .processes(TestProcesses.read(SCRIPT.resolveSibling(model)))
                        .processManager(manager)
                        .onFailure(
                                expectation.equals("expect-ignored")
                                        ? FailurePolicy.IGNORE
                                        : FailurePolicy.EXIT)
                        .name("multiprocess")
                        .tag("test")
                        .base(base)
                        .build()
                        .writeTo(WORK.resolve(pm + "-" + name + ".tar"));
        Path work = WORK.resolve(pm + "-" + name + "-work");
        script(expectation, image.file(), pm, work);
        deleteTree(work);
        Files.delete(image.file());
    }

    @ParameterizedTest
    @EnumSource(ProcessManager.class)
    void podman_loadsByName_keepsTheHealthCheck_runsAndStops(ProcessManager manager)
            throws Exception {
        assumeTrue(onPath("podman"), "needs podman (Debian package podman)");
        assumeTrue(onPath("unshare"), "needs unshare (util-linux)");
        String pm = manager.modelName();
        BuiltImage image = build(manager, base, WORK.resolve(pm + "-podman.tar"));
        BuiltImage other =
                MultiProcessImage.builder()
                        .processes(TestProcesses.read(MODEL))
                        .processManager(manager)
                        .name("other")
                        .tag("test")
                        .base(base)
                        .build()
                        .writeTo(WORK.resolve(pm + "-other.tar"));
        Path work = WORK.resolve(pm + "-podman-work");
        script("podman", List.of(image.file().toString(), other.file().toString(), pm), work);
        deleteTree(work);
        Files.delete(image.file());
        Files.delete(other.file());
    }

    private static void script(String command, Path image, String pm, Path work) throws Exception {
        script(command, List.of(image.toString(), pm), work);
    }

    private static void script(String command, List<String> arguments, Path work) throws Exception {
        Path log = WORK.resolve(work.getFileName() + "-" + command + ".log");
        List<String> argv = new java.util.ArrayList<>(List.of(SCRIPT.toString(), command));
        argv.addAll(arguments);
        argv.add(work.toString());
        String pm = arguments.get(arguments.size() - 1);
        Process process =
                new ProcessBuilder(argv)
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished && process.exitValue() == 0)
                .as("run.sh " + command + " " + pm + ":\n" + Files.readString(log))
                .isTrue();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
