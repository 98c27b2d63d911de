package org.dydisnix.cli.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RendererTest {

    @Test
    void picturesAreNamedAsDotDashONamesThem() {
        assertThat(Renderer.suffix("svg")).isEqualTo("svg");
        assertThat(Renderer.suffix("plain-ext")).isEqualTo("plain-ext");
        assertThat(Renderer.suffix("svg:cairo")).isEqualTo("cairo.svg");
        assertThat(Renderer.suffix("svg:cairo:cairo")).isEqualTo("cairo.cairo.svg");
    }

    @Test
    void aChattyDotNeverBlocksOnItsErrorPipe(@TempDir Path dir) throws Exception {
        Path dot = dir.resolve("dot");
        Files.writeString(
                dot,
                "#!/bin/sh\nhead -c 1048576 /dev/zero | tr '\\0' w >&2\ncat\n",
                StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(dot, PosixFilePermissions.fromString("rwx------"));
        String graph = "digraph G { a -> b; }\n".repeat(20000);
        byte[] picture =
                assertTimeoutPreemptively(
                        Duration.ofSeconds(30),
                        () -> Renderer.withDot(dot.toString(), graph, "svg"));
        assertThat(new String(picture, StandardCharsets.UTF_8)).isEqualTo(graph);
    }
}
