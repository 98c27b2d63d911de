package org.dydisnix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every case directory under {@code src/test/acceptance} through the packaged launcher.
 *
 * <p>A case holds {@code cmd} (a bash command line run in the case directory, with the repository's
 * {@code bin/} first on PATH and {@code $EXAMPLES} naming the examples directory), and the expected
 * {@code stdout} (exact), {@code stderr} (exact) and {@code exit} code (0 when absent). The cases
 * share a parse cache ({@code $DYDISNIX_CACHE_DIR}) in a temporary directory.
 */
class AcceptanceIT {
    private static final Path ROOT =
            Path.of(System.getProperty("dydisnix.root", "..")).toAbsolutePath().normalize();
    private static final Path CASES = ROOT.resolve("src/test/acceptance");

    @TempDir static Path parseCache;

    @TestFactory
    Stream<DynamicTest> acceptanceCases() throws IOException {
        List<Path> cases;
        try (Stream<Path> entries = Files.list(CASES)) {
            cases =
                    entries.filter(path -> Files.isRegularFile(path.resolve("cmd")))
                            .sorted()
                            .toList();
        }
        assertThat(cases).as("acceptance cases in " + CASES).isNotEmpty();
        return cases.stream()
                .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> run(dir)));
    }

    private static void run(Path dir) throws Exception {
        String command = Files.readString(dir.resolve("cmd"), StandardCharsets.UTF_8).strip();
        Path stdout = Files.createTempFile("acceptance", ".out");
        Path stderr = Files.createTempFile("acceptance", ".err");
        try {
            ProcessBuilder builder =
                    new ProcessBuilder("bash", "-c", command)
                            .directory(dir.toFile())
                            .redirectInput(
                                    ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                            .redirectOutput(stdout.toFile())
                            .redirectError(stderr.toFile());
            Map<String, String> env = builder.environment();
            env.put("PATH", ROOT.resolve("bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
            env.put("EXAMPLES", ROOT.resolve("examples").toString());
            env.put("LC_ALL", "C.UTF-8");
            env.put("DYDISNIX_CACHE_DIR", parseCache.toString());
            Process process = builder.start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            String actualOut = Files.readString(stdout, StandardCharsets.UTF_8);
            String actualErr = Files.readString(stderr, StandardCharsets.UTF_8);
            int expectedExit =
                    Files.exists(dir.resolve("exit"))
                            ? Integer.parseInt(Files.readString(dir.resolve("exit")).strip())
                            : 0;
            assertThat(process.exitValue())
                    .as("exit code of `%s`; stderr:%n%s", command, actualErr)
                    .isEqualTo(expectedExit);
            if (Files.exists(dir.resolve("stdout"))) {
                assertThat(actualOut)
                        .as("stdout of `%s`", command)
                        .isEqualTo(Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8));
            }
            if (Files.exists(dir.resolve("stderr"))) {
                assertThat(actualErr)
                        .as("stderr of `%s`", command)
                        .isEqualTo(Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }
}
