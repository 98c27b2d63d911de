package org.dydisnix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The house rules on size: small production classes, and commands that only parse and call. */
class SizeLimitsTest {

    private static final Set<String> LANGUAGE_FRONT_END = Set.of("Lexer.java", "Parser.java");

    private static final Path PROJECT = Path.of(System.getProperty("user.dir")).getParent();

    @Test
    void noProductionClassIsOver400LinesButTheNixLexerAndParser() throws IOException {
        assertThat(
                        sources()
                                .filter(f -> !LANGUAGE_FRONT_END.contains(name(f)))
                                .filter(f -> lines(f) > 400)
                                .map(f -> PROJECT.relativize(f) + " (" + lines(f) + " lines)")
                                .toList())
                .isEmpty();
    }

    @Test
    void everyCommandClassIsUnder120Lines() throws IOException {
        List<String> commands =
                sources()
                        .filter(f -> name(f).endsWith("Command.java"))
                        .filter(f -> lines(f) >= 120)
                        .map(f -> PROJECT.relativize(f) + " (" + lines(f) + " lines)")
                        .toList();
        assertThat(commands).isEmpty();
    }

    @Test
    void theLimitsSeeEveryModule() throws IOException {
        assertThat(sources().map(f -> PROJECT.relativize(f).getName(0).toString()).distinct())
                .contains("graph-core", "model-parser", "multiproc-image", "dydisnix-cli");
    }

    private static Stream<Path> sources() throws IOException {
        return Stream.of("graph-core", "model-parser", "multiproc-image", "dydisnix-cli")
                .map(module -> PROJECT.resolve(module).resolve("src/main/java"))
                .flatMap(SizeLimitsTest::javaFiles);
    }

    private static Stream<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> name(f).endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
