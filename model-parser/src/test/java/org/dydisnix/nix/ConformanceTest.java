package org.dydisnix.nix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential conformance: every {@code eval-okay-*.nix} must print exactly its golden JSON (made
 * by {@code nix-instantiate --store dummy:// --eval --strict --json}) and its golden Nix text
 * ({@code .exp.nix}, without {@code --json}), every {@code eval-fail-*.nix} must fail with the
 * error kind in its {@code .exp.err} (and, where an {@code .exp.msg} is given, nix-instantiate
 * 2.8's message: which of two bad arguments is reported). With nix-instantiate on the PATH, the
 * goldens are checked against it too (disable with {@code -Dnix.live=false}).
 */
class ConformanceTest {
    private static final boolean LIVE =
            !"false".equals(System.getProperty("nix.live")) && nixInstantiate() != null;

    private static Path corpus() throws URISyntaxException {
        return Path.of(ConformanceTest.class.getResource("/conformance").toURI());
    }

    private static Path nixInstantiate() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "nix-instantiate");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static List<Path> files(String prefix) throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.filter(
                            file ->
                                    file.getFileName().toString().startsWith(prefix)
                                            && file.getFileName().toString().endsWith(".nix")
                                            && !file.getFileName().toString().endsWith(".exp.nix"))
                    .sorted()
                    .toList();
        }
    }

    private static Path sibling(Path file, String extension) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - 4) + extension);
    }

    private static String evaluate(Path file) {
        NixEvaluator evaluator = new NixEvaluator(List.of(), "");
        return evaluator.toJson(evaluator.evaluateFile(file, Map.of()), true);
    }

    private static String printNix(Path file) {
        NixEvaluator evaluator = new NixEvaluator(List.of(), "");
        return evaluator.toNix(evaluator.evaluateFile(file, Map.of()));
    }

    @TestFactory
    Stream<DynamicTest> okay() throws Exception {
        List<Path> files = files("eval-okay-");
        assertThat(files.size()).isGreaterThanOrEqualTo(150);
        return files.stream()
                .map(
                        file ->
                                DynamicTest.dynamicTest(
                                        file.getFileName().toString(),
                                        () -> {
                                            String expected =
                                                    Files.readString(
                                                                    sibling(file, ".exp.json"),
                                                                    StandardCharsets.UTF_8)
                                                            .strip();
                                            assertEquals(expected, evaluate(file));
                                            String expectedNix =
                                                    Files.readString(
                                                                    sibling(file, ".exp.nix"),
                                                                    StandardCharsets.UTF_8)
                                                            .strip();
                                            assertEquals(
                                                    expectedNix,
                                                    printNix(file)
                                                            .replace(
                                                                    file.getParent().toString(),
                                                                    "@CORPUS@"));
                                            if (LIVE) {
                                                Live result = Live.run(file);
                                                assertEquals(0, result.exitCode(), result.output());
                                                assertEquals(
                                                        expected,
                                                        result.output().strip(),
                                                        "golden differs from the live nix-instantiate");
                                            }
                                        }));
    }

    /**
     * {@code doc-okay-*.nix}: built-ins newer than Nix 2.8, against the values Nix's own
     * documentation gives (2.8 cannot evaluate them, so there is no live comparison).
     */
    @TestFactory
    Stream<DynamicTest> documented() throws Exception {
        List<Path> files = files("doc-okay-");
        assertThat(files).isNotEmpty();
        return files.stream()
                .map(
                        file ->
                                DynamicTest.dynamicTest(
                                        file.getFileName().toString(),
                                        () ->
                                                assertEquals(
                                                        Files.readString(
                                                                        sibling(file, ".exp.json"),
                                                                        StandardCharsets.UTF_8)
                                                                .strip(),
                                                        evaluate(file))));
    }

    /**
     * {@code eval-lazy-*.nix}: printed in Nix syntax without forcing (values not computed yet as
     * {@code <CODE>}), as {@code nix-instantiate --eval} without {@code --strict}.
     */
    @TestFactory
    Stream<DynamicTest> lazy() throws Exception {
        return files("eval-lazy-").stream()
                .map(
                        file ->
                                DynamicTest.dynamicTest(
                                        file.getFileName().toString(),
                                        () -> {
                                            String expected =
                                                    Files.readString(
                                                                    sibling(file, ".exp.nix"),
                                                                    StandardCharsets.UTF_8)
                                                            .strip();
                                            NixEvaluator evaluator =
                                                    new NixEvaluator(List.of(), "");
                                            String actual =
                                                    evaluator
                                                            .toNix(
                                                                    evaluator.evaluateFile(
                                                                            file, Map.of()),
                                                                    false)
                                                            .replace(
                                                                    file.getParent().toString(),
                                                                    "@CORPUS@");
                                            assertEquals(expected, actual);
                                            if (LIVE) {
                                                Live result = Live.run(file, "--eval");
                                                assertEquals(0, result.exitCode(), result.output());
                                                assertEquals(
                                                        expected,
                                                        result.output()
                                                                .strip()
                                                                .replace(
                                                                        file.getParent().toString(),
                                                                        "@CORPUS@"),
                                                        "golden differs from the live nix-instantiate");
                                            }
                                        }));
    }

    @TestFactory
    Stream<DynamicTest> fail() throws Exception {
        return files("eval-fail-").stream()
                .map(
                        file ->
                                DynamicTest.dynamicTest(
                                        file.getFileName().toString(),
                                        () -> {
                                            NixError.Kind expected =
                                                    NixError.Kind.valueOf(
                                                            Files.readString(
                                                                            sibling(
                                                                                    file,
                                                                                    ".exp.err"))
                                                                    .strip());
                                            NixError error =
                                                    assertThrows(
                                                            NixError.class, () -> evaluate(file));
                                            assertEquals(expected, error.kind(), error.report());
                                            assertThat(error.position()).isNotNull();
                                            Path message = sibling(file, ".exp.msg");
                                            if (Files.exists(message)) {
                                                assertThat(error.getMessage())
                                                        .endsWith(
                                                                ": "
                                                                        + Files.readString(message)
                                                                                .strip());
                                            }
                                            if (LIVE) {
                                                assertThat(Live.run(file).exitCode())
                                                        .as("nix-instantiate must fail too")
                                                        .isNotZero();
                                            }
                                        }));
    }

    /** One run of the real nix-instantiate. */
    private record Live(int exitCode, String output) {

        static Live run(Path file) throws IOException, InterruptedException {
            return run(file, "--eval", "--strict", "--json");
        }

        static Live run(Path file, String... options) throws IOException, InterruptedException {
            List<String> command =
                    new java.util.ArrayList<>(
                            List.of(nixInstantiate().toString(), "--store", "dummy://"));
            command.addAll(List.of(options));
            command.add(file.toString());
            Process process =
                    new ProcessBuilder(command)
                            .redirectError(ProcessBuilder.Redirect.DISCARD)
                            .directory(file.getParent().toFile())
                            .start();
            String output =
                    new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Live(process.waitFor(), output);
        }
    }
}
