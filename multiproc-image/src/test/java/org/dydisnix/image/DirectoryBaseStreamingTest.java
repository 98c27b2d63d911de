package org.dydisnix.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.dydisnix.image.oci.BaseImage;
import org.dydisnix.image.oci.BaseImageReader;
import org.dydisnix.image.oci.Blob;
import org.dydisnix.image.oci.OciArchiveWriter;
import org.dydisnix.image.tar.SafeTarReader;
import org.dydisnix.io.AtomicOutput;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory base's layer is streamed straight into a regular output file (its header patched once
 * its digest is known); the image is the same, byte for byte, as the one written through the work
 * directory when the output cannot be patched (a FIFO), the same on every run, and valid.
 */
class DirectoryBaseStreamingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    /** The test root file system plus names that need PAX headers, odd sizes and tricky order. */
    private Path rootfs(String name) throws IOException {
        Path rootfs = TestImages.rootfs(dir.resolve(name));
        Path deep = rootfs.resolve("usr/share/" + "a-long-directory-name/".repeat(6));
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("file"), "long name\n");
        Files.writeString(rootfs.resolve("usr/share/caf\u00e9"), "non-ASCII name\n");
        Files.createDirectories(rootfs.resolve("opt/a/b"));
        Files.writeString(rootfs.resolve("opt/a-b"), "sorts before opt/a/ by bytes\n");
        Files.writeString(rootfs.resolve("opt/a.b"), "");
        Files.writeString(rootfs.resolve("opt/a/b/c"), "c\n");
        byte[] large = new byte[200_001];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 31 + i / 7);
        }
        Files.write(rootfs.resolve("usr/bin/large"), large);
        Files.write(rootfs.resolve("usr/bin/exactly-512"), new byte[512]);
        return rootfs;
    }

    private BuiltImage build(Path base, Path out) throws ImageException {
        return MultiProcessImage.builder()
                .processes(TestProcesses.read(TestImages.EXAMPLE))
                .name("streamed")
                .base(base)
                .build()
                .writeTo(out);
    }

    @Test
    void streamedIntoAFileItIsTheImageWrittenThroughTheWorkDirectoryForAFifo() throws Exception {
        Path rootfs = rootfs("rootfs");
        Path file = dir.resolve("image.tar");
        build(rootfs, file);

        Path fifo = dir.resolve("image.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        CompletableFuture<byte[]> read =
                CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                return Files.readAllBytes(fifo);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
        build(rootfs, fifo);

        assertThat(read.get()).isEqualTo(Files.readAllBytes(file));
        checked(file);
    }

    @Test
    void twoRunsGiveTheSameBytes() throws Exception {
        Path rootfs = rootfs("rootfs");
        Path first = dir.resolve("first.tar");
        Path second = dir.resolve("second.tar");
        BuiltImage one = build(rootfs, first);
        BuiltImage two = build(rootfs, second);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(two.manifestDigest()).isEqualTo(one.manifestDigest());
    }

    @Test
    void theLayerIsTheFirstBlobAndHoldsEveryPathInByteOrder() throws Exception {
        Path rootfs = rootfs("rootfs");
        Path image = dir.resolve("image.tar");
        build(rootfs, image);

        List<String> entries = new ArrayList<>();
        Map<String, byte[]> blobs = checked(image);
        try (InputStream in = Files.newInputStream(image)) {
            SafeTarReader.read(in, (name, entry, content) -> entries.add(name));
        }
        JsonNode manifest = manifest(blobs);
        String layer = manifest.path("layers").get(0).path("digest").asText();
        assertThat(entries.get(2)).isEqualTo("blobs/sha256/" + layer.substring(7));

        List<String> names = new ArrayList<>();
        SafeTarReader.read(
                new java.io.ByteArrayInputStream(blobs.get(layer)),
                (name, entry, content) -> names.add(name));
        List<String> expected;
        try (Stream<Path> walk = Files.walk(rootfs)) {
            expected =
                    walk.filter(p -> !p.equals(rootfs))
                            .map(p -> rootfs.relativize(p).toString())
                            .sorted()
                            .toList();
        }
        assertThat(names).isEqualTo(expected);
        assertThat(names).containsSubsequence("opt/a", "opt/a-b", "opt/a.b", "opt/a/b");
    }

    @Test
    void anOutputInsideTheBaseIsNotPartOfItsLayer() throws Exception {
        Path rootfs = rootfs("rootfs");
        Path outside = dir.resolve("outside.tar");
        build(rootfs, outside);
        Path inside = rootfs.resolve("image.tar");

        build(rootfs, inside);

        assertThat(Files.readAllBytes(inside)).isEqualTo(Files.readAllBytes(outside));
    }

    @Test
    void aRefusedBaseLeavesThePreviousOutputAndNoTemporaryFile() throws Exception {
        Path rootfs = rootfs("rootfs");
        Path image = dir.resolve("image.tar");
        Files.writeString(image, "previous");
        MultiProcessImage small =
                MultiProcessImage.builder()
                        .processes(TestProcesses.read(TestImages.EXAMPLE))
                        .name("streamed")
                        .base(rootfs)
                        .maxLayerSize(100_000)
                        .build();

        assertThatThrownBy(() -> small.writeTo(image))
                .isInstanceOf(InvalidBaseImageException.class)
                .hasMessageContaining("larger than 100000 bytes");
        assertThat(image).hasContent("previous");
        try (Stream<Path> list = Files.list(dir)) {
            assertThat(list.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("rootfs", "image.tar");
        }
    }

    @Test
    void aPatchableOutputGetsTheLayerWithoutAWorkFile() throws Exception {
        Path rootfs = rootfs("rootfs");
        Path work = Files.createDirectories(dir.resolve("work"));
        Blob[] layer = new Blob[1];
        AtomicOutput.writePatchable(
                dir.resolve("image.tar"),
                out -> {
                    OciArchiveWriter archive = new OciArchiveWriter(out, Instant.EPOCH);
                    assertThat(archive.canStream()).isTrue();
                    try {
                        BaseImage base = BaseImageReader.read(rootfs, work, 1L << 30, archive);
                        layer[0] = base.layers().get(0);
                    } catch (InvalidBaseImageException e) {
                        throw new IOException(e);
                    }
                    archive.finish(
                            List.of(),
                            new byte[0],
                            new Blob(
                                    BaseImageReader.LAYER_TAR,
                                    Digests.EMPTY,
                                    0,
                                    null,
                                    Digests.EMPTY),
                            JSON.createObjectNode(),
                            "x:y");
                });
        assertThat(layer[0].file()).isNull();
        try (Stream<Path> list = Files.list(work)) {
            assertThat(list).isEmpty();
        }
        assertThat(layer[0].digest()).isEqualTo(layer[0].diffId());
    }

    /** The image's blobs by digest, after checking digests, sizes and diff ids. */
    private static Map<String, byte[]> checked(Path image) throws Exception {
        Map<String, byte[]> blobs = new TreeMap<>();
        try (InputStream in = Files.newInputStream(image)) {
            SafeTarReader.read(
                    in,
                    (name, entry, content) -> {
                        if (name.startsWith("blobs/sha256/")) {
                            blobs.put("sha256:" + name.substring(13), content.readAllBytes());
                        } else if (name.equals("index.json")) {
                            blobs.put(name, content.readAllBytes());
                        }
                    });
        }
        for (Map.Entry<String, byte[]> blob : blobs.entrySet()) {
            if (blob.getKey().startsWith("sha256:")) {
                assertThat(sha256(blob.getValue())).isEqualTo(blob.getKey());
            }
        }
        JsonNode manifest = manifest(blobs);
        JsonNode layer = manifest.path("layers").get(0);
        byte[] bytes = blobs.get(layer.path("digest").asText());
        assertThat((long) bytes.length).isEqualTo(layer.path("size").asLong());
        JsonNode config = JSON.readTree(blobs.get(manifest.path("config").path("digest").asText()));
        assertThat(config.path("rootfs").path("diff_ids").get(0).asText()).isEqualTo(sha256(bytes));
        return blobs;
    }

    private static JsonNode manifest(Map<String, byte[]> blobs) throws IOException {
        JsonNode index = JSON.readTree(blobs.get("index.json"));
        return JSON.readTree(blobs.get(index.path("manifests").get(0).path("digest").asText()));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return "sha256:"
                + HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                        .toLowerCase(java.util.Locale.ROOT);
    }

    /** Digests used above. */
    private static final class Digests {
        static final String EMPTY =
                "sha256:" + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    }
}
