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

    @Test
    void aRegularFileTargetCanBePatchedBeforeItIsRenamed() throws IOException {
        Path file = dir.resolve("out.tar");
        Files.writeString(file, "old");
        AtomicOutput.writePatchable(
                file,
                out -> {
                    assertThat(out.canPatch()).isTrue();
                    assertThat(out.file().getParent()).isEqualTo(dir);
                    assertThat(out.file()).isNotEqualTo(file);
                    out.write("head:????;".getBytes(StandardCharsets.UTF_8));
                    out.write("body".getBytes(StandardCharsets.UTF_8));
                    assertThat(out.position()).isEqualTo(14);
                    out.patch(5, "1234".getBytes(StandardCharsets.UTF_8));
                    out.write("!".getBytes(StandardCharsets.UTF_8));
                    assertThat(file).hasContent("old");
                });
        assertThat(file).hasContent("head:1234;body!");
        assertThat(entries()).containsExactly(file);
    }

    @Test
    void aPatchThroughASymbolicLinkReplacesTheTargetAndKeepsTheLink() throws IOException {
        Path target = dir.resolve("real.tar");
        Files.writeString(target, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.tar"), target.getFileName());
        AtomicOutput.writePatchable(
                link,
                out -> {
                    out.write("abc".getBytes(StandardCharsets.UTF_8));
                    out.patch(0, "x".getBytes(StandardCharsets.UTF_8));
                });
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(target).hasContent("xbc");
    }

    @Test
    void aPatchBeyondWhatWasWrittenFailsAndLeavesTheFileUntouched() throws IOException {
        Path file = dir.resolve("out.tar");
        Files.writeString(file, "old");
        assertThatThrownBy(
                        () ->
                                AtomicOutput.writePatchable(
                                        file,
                                        out -> {
                                            out.write(new byte[4]);
                                            out.patch(2, new byte[3]);
                                        }))
                .hasMessageContaining("patch beyond");
        assertThat(file).hasContent("old");
        assertThat(entries()).containsExactly(file);
    }

    @Test
    void aFifoIsWrittenDirectlyAndCannotBePatched() throws Exception {
        Path fifo = dir.resolve("out.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        java.util.concurrent.CompletableFuture<byte[]> read =
                java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                return Files.readAllBytes(fifo);
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        });
        boolean[] patchable = {true};
        AtomicOutput.writePatchable(
                fifo,
                out -> {
                    patchable[0] = out.canPatch();
                    out.write("through".getBytes(StandardCharsets.UTF_8));
                    assertThatThrownBy(() -> out.patch(0, new byte[1]))
                            .isInstanceOf(IOException.class);
                });
        assertThat(patchable[0]).isFalse();
        assertThat(new String(read.get(), StandardCharsets.UTF_8)).isEqualTo("through");
        assertThat(entries()).containsExactly(fifo);
    }

    private java.util.List<Path> entries() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }
}
