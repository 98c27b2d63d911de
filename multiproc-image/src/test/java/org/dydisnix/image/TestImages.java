package org.dydisnix.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.dydisnix.image.tar.SafeTarReader;

/** Fixtures for image tests: a tiny Debian-like root file system and readers for written images. */
final class TestImages {
    static final Path EXAMPLE = Path.of("../examples/multi-process/processes.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestImages() {}

    /**
     * A root file system directory with accounts, merged /usr, a /var/run link and the example's
     * programs.
     */
    static Path rootfs(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("etc"));
        Files.createDirectories(dir.resolve("usr/bin"));
        Files.createDirectories(dir.resolve("usr/sbin"));
        Files.createDirectories(dir.resolve("run"));
        Files.createDirectories(dir.resolve("var/log"));
        Files.createDirectories(dir.resolve("tmp"));
        Files.createSymbolicLink(dir.resolve("bin"), Path.of("usr/bin"));
        Files.createSymbolicLink(dir.resolve("sbin"), Path.of("usr/sbin"));
        Files.createSymbolicLink(dir.resolve("var/run"), Path.of("../run"));
        Files.writeString(
                dir.resolve("etc/passwd"),
                "root:x:0:0:root:/root:/bin/bash\n"
                        + "www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\n");
        Files.writeString(dir.resolve("etc/group"), "root:x:0:\nwww-data:x:33:\n");
        Files.writeString(dir.resolve("etc/shadow"), "root:*:19000:0:99999:7:::\n");
        Files.writeString(dir.resolve("etc/gshadow"), "root:*::\n");
        for (String program :
                new String[] {
                    "usr/bin/bash",
                    "usr/bin/supervisord",
                    "usr/bin/supervisorctl",
                    "usr/bin/setpriv",
                    "usr/bin/sleep",
                    "usr/bin/seq",
                    "usr/sbin/nginx",
                    "usr/bin/busybox"
                }) {
            Files.writeString(dir.resolve(program), "#!/bin/sh\n");
            dir.resolve(program).toFile().setExecutable(true);
        }
        return dir;
    }

    /** A written image's JSON documents and its last layer's files. */
    record Contents(
            JsonNode index,
            JsonNode manifest,
            JsonNode config,
            JsonNode dockerManifest,
            Map<String, String> layer,
            Map<String, Integer> modes,
            Map<String, String> links) {}

    static Contents read(Path image) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (InputStream in = Files.newInputStream(image)) {
            SafeTarReader.read(
                    in,
                    (name, entry, content) -> {
                        if (entry.isFile()) {
                            files.put(name, content.readAllBytes());
                        }
                    });
        }
        JsonNode index = JSON.readTree(files.get("index.json"));
        JsonNode manifest =
                JSON.readTree(blob(files, index.path("manifests").get(0).path("digest").asText()));
        JsonNode config =
                JSON.readTree(blob(files, manifest.path("config").path("digest").asText()));
        JsonNode layers = manifest.path("layers");
        byte[] layer = blob(files, layers.get(layers.size() - 1).path("digest").asText());
        Map<String, String> texts = new TreeMap<>();
        Map<String, Integer> modes = new TreeMap<>();
        Map<String, String> links = new TreeMap<>();
        SafeTarReader.read(
                SafeTarReader.decompressed(new ByteArrayInputStream(layer)),
                (name, entry, content) -> {
                    modes.put(name, entry.getMode() & 07777);
                    if (entry.isSymbolicLink()) {
                        links.put(name, entry.getLinkName());
                    } else if (entry.isFile()) {
                        texts.put(name, new String(content.readAllBytes(), StandardCharsets.UTF_8));
                    }
                });
        return new Contents(
                index,
                manifest,
                config,
                JSON.readTree(files.get("manifest.json")),
                texts,
                modes,
                links);
    }

    private static byte[] blob(Map<String, byte[]> files, String digest) {
        return files.get("blobs/sha256/" + digest.substring("sha256:".length()));
    }
}
