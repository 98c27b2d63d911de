package org.dydisnix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The evaluator and the models depend one way: {@code org.dydisnix.nix} implements the model
 * interfaces ({@code ModelSource}, {@code ModelNode}, positions and errors), and no class under
 * {@code org.dydisnix.model} names anything of {@code org.dydisnix.nix}. The main sources are
 * scanned, so a fully qualified name in code counts as much as an import.
 */
class PackageDependencyTest {
    private static final Path MAIN = Path.of("src/main/java/org/dydisnix");
    private static final Pattern NIX_REFERENCE = Pattern.compile("\\borg\\.dydisnix\\.nix\\b");

    private static List<Path> sources(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> references(Path file, Pattern pattern) {
        try {
            List<String> lines = Files.readAllLines(file);
            return java.util.stream.IntStream.range(0, lines.size())
                    .filter(
                            i -> {
                                Matcher m = pattern.matcher(lines.get(i));
                                return m.find();
                            })
                    .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void modelPackagesNeverReferToTheEvaluator() {
        List<Path> model = sources(MAIN.resolve("model"));
        assertThat(model).as("model sources found").hasSizeGreaterThan(10);
        List<String> found =
                model.stream().flatMap(f -> references(f, NIX_REFERENCE).stream()).toList();
        assertThat(found).as("references from org.dydisnix.model.. to org.dydisnix.nix").isEmpty();
    }

    @Test
    void theScanSeesTheEvaluatorReferringToTheModel() {
        List<String> found =
                sources(MAIN.resolve("nix")).stream()
                        .flatMap(
                                f ->
                                        references(
                                                f, Pattern.compile("\\borg\\.dydisnix\\.model\\b"))
                                                .stream())
                        .toList();
        assertThat(found)
                .as("the dependency that is allowed, so the scan is known to work")
                .isNotEmpty();
    }
}
