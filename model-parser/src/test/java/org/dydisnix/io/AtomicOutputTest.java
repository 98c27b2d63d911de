package org.dydisnix.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    @TempDir Path dir;

    @Test
    void replacesTheFileWithTheCompleteContent() throws IOException {
        Path file = dir.resolve("out.nix");
        Files.writeString(file, "old");
        AtomicOutput.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(file).hasContent("new");
        assertThat(entries()).containsExactly(file);
    }

    @Test
    void aFailureHalfwayLeavesThePreviousFileUntouchedAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("out.nix");
        Files.writeString(file, "previous content");
        assertThatThrownBy(
                        () ->
                                AtomicOutput.write(
                                        file,
                                        out -> {
                                            out.write("partial".getBytes(StandardCharsets.UTF_8));
                                            throw new IOException("disk full");
                                        }))
                .hasMessage("disk full");
        assertThat(file).hasContent("previous content");
        assertThat(entries()).containsExactly(file);
    }

    @Test
    void aMissingDirectoryIsAnError() {
        assertThatThrownBy(() -> AtomicOutput.write(dir.resolve("no/such/out.nix"), out -> {}))
                .isInstanceOf(IOException.class);
    }

    private java.util.List<Path> entries() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }
}
