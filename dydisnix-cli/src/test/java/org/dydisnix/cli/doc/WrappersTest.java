package org.dydisnix.cli.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WrappersTest {
    private static final Path BIN =
            Path.of(System.getProperty("dydisnix.root", "..")).resolve("bin");

    @Test
    void theCheckoutHasTheGeneratedWrapperOfEveryCommandAndNoOther() throws IOException {
        Map<String, String> inCheckout = new TreeMap<>();
        try (Stream<Path> files = Files.list(BIN)) {
            for (Path file :
                    files.filter(f -> f.getFileName().toString().startsWith("dydisnix-"))
                            .toList()) {
                inCheckout.put(file.getFileName().toString(), Files.readString(file));
                assertThat(Files.isExecutable(file)).as(file + " is executable").isTrue();
            }
        }
        assertThat(inCheckout)
                .as(
                        "bin/ wrappers; regenerate with: java -cp ... org.dydisnix.cli.doc.Wrappers bin")
                .isEqualTo(Wrappers.scripts());
    }
}
