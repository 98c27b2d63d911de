package org.dydisnix.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A build in its own JVM, killed by INT or TERM while it writes the image, leaves neither its
 * {@code dydisnix-image-*} work directory in the temporary directory nor a temporary file next to
 * the output.
 */
class InterruptedBuildTest {
    /** Big enough that writing the image takes a while: the base layer is copied into it. */
    private static final long BASE_FILE_SIZE = 256L << 20;

    @TempDir static Path shared;
    private static Path base;
    private static Path model;

    @TempDir Path dir;

    @BeforeAll
    static void bigBase() throws IOException {
        base = shared.resolve("base.tar");
        try (OutputStream file = Files.newOutputStream(base);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(file)) {
            for (String directory : List.of("bin/", "etc/")) {
                tar.putArchiveEntry(new TarArchiveEntry(directory));
                tar.closeArchiveEntry();
            }
            TarArchiveEntry big = new TarArchiveEntry("bin/big");
            big.setSize(BASE_FILE_SIZE);
            big.setMode(0755);
            tar.putArchiveEntry(big);
            byte[] block = new byte[1 << 20];
            for (long written = 0; written < BASE_FILE_SIZE; written += block.length) {
                tar.write(block);
            }
            tar.closeArchiveEntry();
            tar.finish();
        }
        model = shared.resolve("processes.json");
        Files.writeString(
                model, "{ \"app\": { \"pkg\": { \"foregroundProcess\": \"/bin/big\" } } }");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void signalWhileWriting_removesWorkDirectoryAndTemporaryOutput(String signal) throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path log = dir.resolve("build.log");
        Process build =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Djava.io.tmpdir=" + tmp,
                                "-cp",
                                System.getProperty("java.class.path"),
                                BuildImageMain.class.getName(),
                                model.toString(),
                                base.toString(),
                                out.resolve("image.tar").toString())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        try {
            boolean writing = false;
            for (int i = 0; i < 12000 && build.isAlive() && !writing; i++) {
                writing = names(out).stream().anyMatch(name -> name.endsWith(".tmp"));
                if (!writing) {
                    Thread.sleep(5);
                }
            }
            assertThat(writing)
                    .as("the build started writing its output; log:\n" + read(log))
                    .isTrue();
            assertThat(names(tmp)).anyMatch(name -> name.startsWith("dydisnix-image-"));
            Process kill =
                    new ProcessBuilder("kill", "-" + signal, Long.toString(build.pid())).start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(build.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            build.destroyForcibly();
        }
        assertThat(build.exitValue()).as(read(log)).isNotZero();
        assertThat(names(tmp)).as("temporary directory after " + signal).isEmpty();
        assertThat(names(out)).as("output directory after " + signal).isEmpty();
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
