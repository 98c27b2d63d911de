package org.dydisnix.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.dydisnix.image.tar.SafeTarReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A base's layer goes into the image as it is, with digests recomputed here from the written blobs:
 * a tarball's bytes, a gzip tarball's bytes, a directory's one-walk layer.
 */
class BaseLayerReuseTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    private Path image(Path base, String name) throws Exception {
        return MultiProcessImage.builder()
                .processes(TestProcesses.read(TestImages.EXAMPLE))
                .name("reuse")
                .base(base)
                .build()
                .writeTo(dir.resolve(name))
                .file();
    }

    /** A tarball of the test root file system with long names (PAX and GNU) and a hard link. */
    private Path tarball(String longFileMode) throws IOException {
        Path rootfs = TestImages.rootfs(dir.resolve("rootfs-" + longFileMode));
        Path tarball = dir.resolve("base-" + longFileMode + ".tar");
        try (OutputStream out = Files.newOutputStream(tarball);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(
                    longFileMode.equals("gnu")
                            ? TarArchiveOutputStream.LONGFILE_GNU
                            : TarArchiveOutputStream.LONGFILE_POSIX);
            try (var walk = Files.walk(rootfs)) {
                for (Path path : walk.sorted().toList()) {
                    if (path.equals(rootfs)) {
                        continue;
                    }
                    String name = rootfs.relativize(path).toString();
                    TarArchiveEntry entry =
                            Files.isSymbolicLink(path)
                                    ? new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK)
                                    : new TarArchiveEntry(path.toFile(), name);
                    if (Files.isSymbolicLink(path)) {
                        entry.setLinkName(Files.readSymbolicLink(path).toString());
                    }
                    tar.putArchiveEntry(entry);
                    if (Files.isRegularFile(path) && !Files.isSymbolicLink(path)) {
                        Files.copy(path, tar);
                    }
                    tar.closeArchiveEntry();
                }
            }
            String longName = "usr/share/" + "long-directory-name/".repeat(8) + "file";
            byte[] content = "a file with a long name\n".getBytes();
            TarArchiveEntry entry = new TarArchiveEntry(longName);
            entry.setSize(content.length);
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
            TarArchiveEntry link = new TarArchiveEntry("usr/bin/sh", TarArchiveEntry.LF_LINK);
            link.setLinkName("usr/bin/bash");
            tar.putArchiveEntry(link);
            tar.closeArchiveEntry();
        }
        return tarball;
    }

    @Test
    void tarballBase_layerIsTheTarballByteForByte() throws Exception {
        for (String mode : new String[] {"posix", "gnu"}) {
            Path base = tarball(mode);
            Map<String, byte[]> blobs = blobs(image(base, "image-" + mode + ".tar"));
            JsonNode manifest = checkedManifest(blobs);
            JsonNode layer = manifest.path("layers").get(0);

            assertThat(blobs.get(layer.path("digest").asText()))
                    .isEqualTo(Files.readAllBytes(base));
            assertThat(layer.path("digest").asText()).isEqualTo(sha256(Files.readAllBytes(base)));
            assertThat(layer.path("mediaType").asText()).doesNotEndWith("gzip");
        }
    }

    @Test
    void gzipBase_layerIsTheGzipFileWithTheTarsDiffId() throws Exception {
        Path tarball = tarball("posix");
        Path base = dir.resolve("base.tar.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(base))) {
            Files.copy(tarball, out);
        }
        Map<String, byte[]> blobs = blobs(image(base, "image.tar"));
        JsonNode manifest = checkedManifest(blobs);
        JsonNode layer = manifest.path("layers").get(0);
        JsonNode config = JSON.readTree(blobs.get(manifest.path("config").path("digest").asText()));

        assertThat(blobs.get(layer.path("digest").asText())).isEqualTo(Files.readAllBytes(base));
        assertThat(layer.path("mediaType").asText()).endsWith("gzip");
        assertThat(config.path("rootfs").path("diff_ids").get(0).asText())
                .isEqualTo(sha256(Files.readAllBytes(tarball)));
    }

    @Test
    void directoryBase_givesTheImageOfItsLayerAsATarball() throws Exception {
        Path rootfs = TestImages.rootfs(dir.resolve("rootfs"));
        Path fromDirectory = image(rootfs, "from-directory.tar");
        Map<String, byte[]> blobs = blobs(fromDirectory);
        JsonNode manifest = checkedManifest(blobs);
        JsonNode layer = manifest.path("layers").get(0);
        assertThat(layer.path("mediaType").asText()).doesNotEndWith("gzip");
        Path layerTarball = Files.createDirectories(dir.resolve("tarball")).resolve("rootfs");
        Files.write(layerTarball, blobs.get(layer.path("digest").asText()));

        Path fromTarball = image(layerTarball, "from-tarball.tar");

        assertThat(Files.readAllBytes(fromTarball)).isEqualTo(Files.readAllBytes(fromDirectory));
        assertThat(Files.readAllBytes(image(rootfs, "again.tar")))
                .isEqualTo(Files.readAllBytes(fromDirectory));
    }

    /**
     * The manifest, after checking that every blob it and the index name has the digest and size
     * they say, and that each diff id is the digest of the uncompressed layer.
     */
    private static JsonNode checkedManifest(Map<String, byte[]> blobs) throws Exception {
        for (Map.Entry<String, byte[]> blob : blobs.entrySet()) {
            if (blob.getKey().startsWith("sha256:")) {
                assertThat(sha256(blob.getValue())).isEqualTo(blob.getKey());
            }
        }
        JsonNode index = JSON.readTree(blobs.get("index.json"));
        JsonNode descriptor = index.path("manifests").get(0);
        byte[] manifestBytes = blobs.get(descriptor.path("digest").asText());
        assertThat(manifestBytes).hasSize(descriptor.path("size").asInt());
        JsonNode manifest = JSON.readTree(manifestBytes);
        byte[] configBytes = blobs.get(manifest.path("config").path("digest").asText());
        assertThat(configBytes).hasSize(manifest.path("config").path("size").asInt());
        JsonNode diffIds = JSON.readTree(configBytes).path("rootfs").path("diff_ids");
        JsonNode layers = manifest.path("layers");
        assertThat(diffIds).hasSize(layers.size());
        for (int i = 0; i < layers.size(); i++) {
            byte[] bytes = blobs.get(layers.get(i).path("digest").asText());
            assertThat(bytes).hasSize(layers.get(i).path("size").asInt());
            byte[] tar =
                    layers.get(i).path("mediaType").asText().endsWith("gzip")
                            ? new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes()
                            : bytes;
            assertThat(diffIds.get(i).asText()).isEqualTo(sha256(tar));
        }
        return manifest;
    }

    /** The image's blobs by digest, and index.json by name. */
    private static Map<String, byte[]> blobs(Path image) throws IOException {
        Map<String, byte[]> blobs = new TreeMap<>();
        try (InputStream in = Files.newInputStream(image)) {
            SafeTarReader.read(
                    in,
                    (name, entry, content) -> {
                        if (name.startsWith("blobs/sha256/")) {
                            blobs.put(
                                    "sha256:" + name.substring("blobs/sha256/".length()),
                                    content.readAllBytes());
                        } else if (name.equals("index.json")) {
                            blobs.put(name, content.readAllBytes());
                        }
                    });
        }
        return blobs;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return "sha256:"
                + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
