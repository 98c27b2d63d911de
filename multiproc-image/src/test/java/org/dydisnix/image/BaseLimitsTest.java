package org.dydisnix.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dydisnix.image.oci.Digests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bases that used to end in "internal error" or unbounded work are refused with one line: a layer
 * over the size limit, a configuration that is not an object, history entries that are not objects,
 * a manifest whose layer size is wrong; an archive entry the manifest does not reference is never
 * extracted.
 */
class BaseLimitsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    private MultiProcessImage.Builder builder(Path base) {
        return MultiProcessImage.builder()
                .processes(TestProcesses.read(TestImages.EXAMPLE))
                .name("limits")
                .base(base);
    }

    @Test
    void layerOverTheLimit_isRefused() throws Exception {
        Path base = TestImages.rootfs(dir.resolve("rootfs"));
        assertThatThrownBy(() -> builder(base).maxLayerSize(1024).build().writeTo(dir.resolve("o")))
                .isInstanceOf(InvalidBaseImageException.class)
                .hasMessageContaining("larger than 1024 bytes uncompressed (--max-layer-size)");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void configThatIsAnArray_isRefused() throws Exception {
        Path layout = layout();
        rewriteConfig(layout, "[1, 2]");
        assertRefused(layout, "configuration is not a JSON object");
    }

    @Test
    void historyEntryThatIsNotAnObject_isRefused() throws Exception {
        Path layout = layout();
        rewriteConfig(layout, "{\"rootfs\":{\"diff_ids\":[]},\"history\":[\"x\"]}");
        assertRefused(layout, "history of its image configuration has an entry that is not");
    }

    @Test
    void wrongLayerSizeInTheManifest_isRefused() throws Exception {
        Path layout = layout();
        rewriteManifest(
                layout,
                manifest -> {
                    ObjectNode layer = (ObjectNode) manifest.path("layers").get(0);
                    layer.put("size", layer.path("size").asLong() + 1);
                });
        assertRefused(layout, "but its manifest says");
    }

    @Test
    void unreferencedArchiveEntries_stayUnextracted() throws Exception {
        Path image =
                builder(TestImages.rootfs(dir.resolve("rootfs")))
                        .build()
                        .writeTo(dir.resolve("base.tar"))
                        .file();
        String unreferenced = "blobs/sha256/" + "0".repeat(64);
        long size = 64L << 20;
        Path archive = dir.resolve("base-with-extra.tar.gz");
        try (var in = Files.newInputStream(image);
                var gzip = new java.util.zip.GZIPOutputStream(Files.newOutputStream(archive));
                var tar =
                        new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(
                                gzip)) {
            org.dydisnix.image.tar.SafeTarReader.read(
                    in,
                    (name, entry, content) -> {
                        tar.putArchiveEntry(entry);
                        content.transferTo(tar);
                        tar.closeArchiveEntry();
                    });
            var extra = new org.apache.commons.compress.archivers.tar.TarArchiveEntry(unreferenced);
            extra.setSize(size);
            tar.putArchiveEntry(extra);
            byte[] block = new byte[1 << 20];
            for (long written = 0; written < size; written += block.length) {
                tar.write(block);
            }
            tar.closeArchiveEntry();
        }
        Path work = Files.createDirectories(dir.resolve("work"));
        var read = org.dydisnix.image.oci.BaseImageReader.read(archive, work);
        assertThat(read.layers()).isNotEmpty();
        assertThat(work.resolve("base").resolve(unreferenced)).doesNotExist();
        long extracted;
        try (Stream<Path> files = Files.walk(work)) {
            extracted =
                    files.filter(Files::isRegularFile)
                            .mapToLong(
                                    p -> {
                                        try {
                                            return Files.size(p);
                                        } catch (IOException e) {
                                            throw new java.io.UncheckedIOException(e);
                                        }
                                    })
                            .sum();
        }
        assertThat(extracted).isLessThan(Files.size(image) + (1 << 20));
    }

    private void assertRefused(Path layout, String message) throws IOException {
        assertThatThrownBy(() -> builder(layout).build().writeTo(dir.resolve("out.tar")))
                .isInstanceOf(InvalidBaseImageException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("out.tar") || name.startsWith(".out.tar"));
        }
    }

    /** An OCI layout directory of an image built on the test root file system. */
    private Path layout() throws Exception {
        Path image =
                builder(TestImages.rootfs(dir.resolve("rootfs")))
                        .build()
                        .writeTo(dir.resolve("base.tar"))
                        .file();
        Path layout = dir.resolve("layout");
        try (var in = Files.newInputStream(image)) {
            org.dydisnix.image.tar.SafeTarReader.read(
                    in,
                    (name, entry, content) -> {
                        Path target = layout.resolve(name);
                        if (entry.isDirectory()) {
                            Files.createDirectories(target);
                        } else if (entry.isFile()) {
                            Files.createDirectories(target.getParent());
                            Files.copy(content, target);
                        }
                    });
        }
        Files.delete(image);
        return layout;
    }

    private static String write(Path layout, byte[] bytes) throws IOException {
        String digest = Digests.of(bytes);
        Files.write(layout.resolve("blobs/sha256/" + digest.substring(7)), bytes);
        return digest;
    }

    private static void rewriteConfig(Path layout, String config) throws IOException {
        byte[] bytes = config.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String digest = write(layout, bytes);
        rewriteManifest(
                layout,
                manifest ->
                        ((ObjectNode) manifest.get("config"))
                                .put("digest", digest)
                                .put("size", bytes.length));
    }

    private static void rewriteManifest(Path layout, Consumer<ObjectNode> change)
            throws IOException {
        ObjectNode index = (ObjectNode) JSON.readTree(layout.resolve("index.json").toFile());
        ObjectNode entry = (ObjectNode) index.path("manifests").get(0);
        ObjectNode manifest =
                (ObjectNode)
                        JSON.readTree(
                                layout.resolve(
                                                "blobs/sha256/"
                                                        + entry.path("digest")
                                                                .asText()
                                                                .substring(7))
                                        .toFile());
        change.accept(manifest);
        byte[] bytes = JSON.writeValueAsBytes(manifest);
        entry.put("digest", write(layout, bytes)).put("size", bytes.length);
        JSON.writeValue(layout.resolve("index.json").toFile(), index);
    }
}
