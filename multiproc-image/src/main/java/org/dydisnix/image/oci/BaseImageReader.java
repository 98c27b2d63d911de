package org.dydisnix.image.oci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.dydisnix.image.InvalidBaseImageException;
import org.dydisnix.image.layer.BaseFileSystem;
import org.dydisnix.image.tar.ReproducibleTarWriter;
import org.dydisnix.image.tar.SafeTarReader;
import org.dydisnix.image.tar.TarEntry;
import org.dydisnix.image.tar.TarPaths;
import org.dydisnix.image.tar.UnsafeEntryException;

/**
 * Reads a base image: an OCI image-layout archive or directory, a docker-archive tarball ({@code
 * docker save}), a root file system tarball (plain or gzip) or a root file system directory. Every
 * blob's digest and every layer's diff id is checked, every layer entry is checked for tar-slip.
 */
public final class BaseImageReader {
    /** Media type of an uncompressed layer. */
    public static final String LAYER_TAR = "application/vnd.oci.image.layer.v1.tar";

    /** Media type of a gzip-compressed layer. */
    public static final String LAYER_TAR_GZIP = "application/vnd.oci.image.layer.v1.tar+gzip";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> INDEX_TYPES =
            Set.of(
                    "application/vnd.oci.image.index.v1+json",
                    "application/vnd.docker.distribution.manifest.list.v2+json");

    private final Path workDir;

    private BaseImageReader(Path workDir) {
        this.workDir = workDir;
    }

    /**
     * Reads the base image at {@code base}, keeping extracted blobs in {@code workDir}.
     *
     * @throws InvalidBaseImageException if the base is corrupt, truncated, tampered with or unsafe
     * @throws IOException if a file cannot be read or written
     */
    public static BaseImage read(Path base, Path workDir)
            throws InvalidBaseImageException, IOException {
        BaseImageReader reader = new BaseImageReader(workDir);
        String label = base.getFileName() == null ? base.toString() : base.getFileName().toString();
        if (!Files.exists(base)) {
            throw new InvalidBaseImageException("base image " + base + " does not exist");
        }
        try {
            if (Files.isDirectory(base)) {
                if (Files.isRegularFile(base.resolve("oci-layout"))) {
                    return reader.oci(base, label);
                }
                return reader.rootfsDirectory(base, label);
            }
            Set<String> names = listNames(base);
            if (names.contains("oci-layout") && names.contains("index.json")) {
                return reader.oci(reader.extract(base), label);
            }
            if (names.contains("manifest.json") && !names.contains("etc")) {
                return reader.docker(reader.extract(base), label);
            }
            return reader.rootfsTarball(base, label);
        } catch (UnsafeEntryException e) {
            throw new InvalidBaseImageException(
                    "base image " + base + " is refused: " + e.getMessage(), e);
        } catch (EOFException e) {
            throw new InvalidBaseImageException("base image " + base + " is truncated", e);
        } catch (Refused e) {
            throw new InvalidBaseImageException(
                    "base image " + base + " is refused: " + e.getMessage(), e);
        } catch (IOException e) {
            if (Files.isRegularFile(base)
                    || e instanceof java.util.zip.ZipException
                    || String.valueOf(e.getMessage()).contains("TAR")
                    || String.valueOf(e.getMessage()).contains("tar")) {
                throw new InvalidBaseImageException(
                        "base image " + base + " is corrupt or truncated: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    private static Set<String> listNames(Path archive) throws IOException {
        Set<String> names = new TreeSet<>();
        try (InputStream in =
                SafeTarReader.decompressed(
                        new BufferedInputStream(Files.newInputStream(archive), 65536))) {
            SafeTarReader.read(
                    in,
                    (name, entry, content) -> {
                        int slash = name.indexOf('/');
                        names.add(slash < 0 ? name : name.substring(0, slash));
                    });
        }
        if (names.isEmpty()) {
            throw new Refused("it is neither a tar archive with entries nor a directory");
        }
        return names;
    }

    /**
     * Extracts the regular files (and links to them) of an image archive into the work directory.
     */
    private Path extract(Path archive) throws IOException {
        Path root = Files.createDirectories(workDir.resolve("base"));
        Map<String, String> links = new HashMap<>();
        try (InputStream in =
                SafeTarReader.decompressed(
                        new BufferedInputStream(Files.newInputStream(archive), 65536))) {
            SafeTarReader.read(
                    in,
                    (name, entry, content) -> {
                        if (name.isEmpty()) {
                            return;
                        }
                        Path target = root.resolve(name);
                        if (entry.isDirectory()) {
                            Files.createDirectories(target);
                        } else if (entry.isSymbolicLink()) {
                            links.put(name, TarPaths.resolveLink(name, entry.getLinkName()));
                        } else if (entry.isLink()) {
                            links.put(name, TarPaths.normalize(entry.getLinkName()));
                        } else if (entry.isFile()) {
                            Files.createDirectories(target.getParent());
                            if (Files.isSymbolicLink(target.getParent())
                                    || Files.isSymbolicLink(target)) {
                                throw new UnsafeEntryException(
                                        "entry '" + name + "' is written through a link");
                            }
                            Files.copy(
                                    content,
                                    target,
                                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        }
                    });
        }
        for (Map.Entry<String, String> link : links.entrySet()) {
            Path source = root.resolve(link.getValue());
            if (Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
                Path target = root.resolve(link.getKey());
                Files.createDirectories(target.getParent());
                Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return root;
    }

    private BaseImage oci(Path layout, String label) throws IOException {
        JsonNode index = json(layout.resolve("index.json"), "index.json");
        JsonNode descriptor = chooseManifest(layout, index, label);
        JsonNode manifest = JSON.readTree(verifiedBlob(layout, descriptor, "manifest").toFile());
        JsonNode configDescriptor = manifest.path("config");
        Path configFile = verifiedBlob(layout, configDescriptor, "config");
        ObjectNode config = (ObjectNode) JSON.readTree(configFile.toFile());
        List<Path> layerFiles = new ArrayList<>();
        List<String> digests = new ArrayList<>();
        for (JsonNode layer : manifest.path("layers")) {
            String digest = layer.path("digest").asText();
            layerFiles.add(blobPath(layout, digest));
            digests.add(digest);
        }
        return layers(config, layerFiles, digests, label);
    }

    private JsonNode chooseManifest(Path layout, JsonNode index, String label) throws IOException {
        JsonNode manifests = index.path("manifests");
        if (!manifests.isArray() || manifests.isEmpty()) {
            throw new Refused("base image " + label + " has no manifest in its index.json");
        }
        JsonNode chosen = manifests.size() == 1 ? manifests.get(0) : null;
        if (chosen == null) {
            for (JsonNode manifest : manifests) {
                JsonNode platform = manifest.path("platform");
                if (platform.isMissingNode()
                        || (platform.path("os").asText().equals("linux")
                                && platform.path("architecture").asText().equals(architecture()))) {
                    chosen = manifest;
                    break;
                }
            }
        }
        if (chosen == null) {
            throw new Refused(
                    "base image " + label + " has no manifest for linux/" + architecture());
        }
        if (INDEX_TYPES.contains(chosen.path("mediaType").asText())) {
            JsonNode nested = JSON.readTree(verifiedBlob(layout, chosen, "index").toFile());
            return chooseManifest(layout, nested, label);
        }
        return chosen;
    }

    private Path verifiedBlob(Path layout, JsonNode descriptor, String what) throws IOException {
        String digest = descriptor.path("digest").asText();
        Path file = blobPath(layout, digest);
        String actual = Digests.of(file);
        if (!actual.equals(digest)) {
            throw new Refused("the " + what + " blob " + digest + " has digest " + actual);
        }
        if (descriptor.has("size") && descriptor.get("size").asLong() != Files.size(file)) {
            throw new Refused(
                    "the "
                            + what
                            + " blob "
                            + digest
                            + " has size "
                            + Files.size(file)
                            + " instead of "
                            + descriptor.get("size").asLong());
        }
        return file;
    }

    private static Path blobPath(Path layout, String digest) throws IOException {
        String hex;
        try {
            hex = Digests.hex(digest);
        } catch (IOException e) {
            throw new Refused(e.getMessage());
        }
        Path file = layout.resolve("blobs/sha256/" + hex);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused("blob " + digest + " is missing from the base image");
        }
        return file;
    }

    private BaseImage docker(Path root, String label) throws IOException {
        JsonNode manifests = json(root.resolve("manifest.json"), "manifest.json");
        if (!manifests.isArray() || manifests.isEmpty()) {
            throw new Refused("base image " + label + " has an empty manifest.json");
        }
        JsonNode manifest = manifests.get(0);
        String configName = TarPaths.normalize(manifest.path("Config").asText());
        Path configFile = root.resolve(configName);
        if (!Files.isRegularFile(configFile)) {
            throw new Refused("config " + configName + " is missing from the base image");
        }
        String fileName = configFile.getFileName().toString().replace(".json", "");
        if (fileName.matches("[0-9a-f]{64}")
                && !Digests.of(configFile).equals("sha256:" + fileName)) {
            throw new Refused("config " + configName + " does not match its digest");
        }
        ObjectNode config = (ObjectNode) JSON.readTree(configFile.toFile());
        List<Path> layerFiles = new ArrayList<>();
        List<String> digests = new ArrayList<>();
        for (JsonNode layer : manifest.path("Layers")) {
            String name = TarPaths.normalize(layer.asText());
            Path file = root.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new Refused("layer " + name + " is missing from the base image");
            }
            layerFiles.add(file);
            String base = file.getFileName().toString();
            digests.add(
                    name.startsWith("blobs/sha256/") && base.matches("[0-9a-f]{64}")
                            ? "sha256:" + base
                            : null);
        }
        return layers(config, layerFiles, digests, label);
    }

    /** Indexes the layers and checks their digests and the config's diff ids. */
    private BaseImage layers(
            ObjectNode config, List<Path> files, List<String> digests, String label)
            throws IOException {
        JsonNode diffIds = config.path("rootfs").path("diff_ids");
        if (!diffIds.isArray() || diffIds.size() != files.size()) {
            throw new Refused(
                    "base image "
                            + label
                            + " has "
                            + files.size()
                            + " layers but its config lists "
                            + diffIds.size()
                            + " diff ids");
        }
        BaseFileSystem fileSystem = new BaseFileSystem();
        List<Blob> blobs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (digests.get(i) != null) {
                String actual = Digests.of(files.get(i));
                if (!actual.equals(digests.get(i))) {
                    throw new Refused("layer blob " + digests.get(i) + " has digest " + actual);
                }
            }
            Blob blob = index(files.get(i), fileSystem);
            if (digests.get(i) != null && !digests.get(i).equals(blob.digest())) {
                throw new Refused("layer blob " + digests.get(i) + " has digest " + blob.digest());
            }
            if (!diffIds.get(i).asText().equals(blob.diffId())) {
                throw new Refused(
                        "layer "
                                + (i + 1)
                                + " of base image "
                                + label
                                + " has diff id "
                                + blob.diffId()
                                + " but its config says "
                                + diffIds.get(i).asText());
            }
            blobs.add(blob);
        }
        return new BaseImage(blobs, config, fileSystem, label);
    }

    private BaseImage rootfsTarball(Path tarball, String label) throws IOException {
        BaseFileSystem fileSystem = new BaseFileSystem();
        Blob blob = index(tarball, fileSystem);
        return new BaseImage(List.of(blob), emptyConfig(), fileSystem, label);
    }

    private BaseImage rootfsDirectory(Path directory, String label) throws IOException {
        Path layer = workDir.resolve("rootfs-layer.tar.gz");
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(directory)) {
            paths =
                    walk.filter(p -> !p.equals(directory))
                            .sorted(
                                    (a, b) ->
                                            directory
                                                    .relativize(a)
                                                    .toString()
                                                    .compareTo(directory.relativize(b).toString()))
                            .toList();
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(layer), 65536);
                ReproducibleTarWriter tar =
                        new ReproducibleTarWriter(out, Instant.ofEpochSecond(1))) {
            for (Path path : paths) {
                String name = directory.relativize(path).toString().replace('\\', '/');
                Map<String, Object> attributes =
                        Files.readAttributes(path, "unix:mode,uid,gid", LinkOption.NOFOLLOW_LINKS);
                int mode = (Integer) attributes.get("mode") & 07777;
                long uid = ((Number) attributes.get("uid")).longValue();
                long gid = ((Number) attributes.get("gid")).longValue();
                if (Files.isSymbolicLink(path)) {
                    String target = Files.readSymbolicLink(path).toString();
                    TarPaths.checkSymlink(name, target);
                    tar.add(
                            new TarEntry(
                                    name,
                                    TarEntry.Type.SYMLINK,
                                    0777,
                                    uid,
                                    gid,
                                    new byte[0],
                                    target));
                } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    tar.add(TarEntry.directory(name, mode, uid, gid));
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    tar.addFile(name, path, mode, uid, gid);
                }
            }
            tar.finish();
        }
        BaseFileSystem fileSystem = new BaseFileSystem();
        Blob blob = index(layer, fileSystem);
        return new BaseImage(List.of(blob), emptyConfig(), fileSystem, label);
    }

    /** Reads a layer once: its digest, its diff id, and its entries into the file system index. */
    static Blob index(Path file, BaseFileSystem fileSystem) throws IOException {
        MessageDigest raw = Digests.sha256();
        MessageDigest uncompressed = Digests.sha256();
        boolean gzip;
        try (InputStream rawIn =
                new BufferedInputStream(
                        new DigestInputStream(Files.newInputStream(file), raw), 65536)) {
            gzip = SafeTarReader.isGzip(rawIn);
            InputStream tarIn =
                    new DigestInputStream(SafeTarReader.decompressed(rawIn), uncompressed);
            SafeTarReader.read(tarIn, fileSystem::apply);
            rawIn.transferTo(OutputStream.nullOutputStream());
        }
        return new Blob(
                gzip ? LAYER_TAR_GZIP : LAYER_TAR,
                Digests.format(raw),
                Files.size(file),
                file,
                Digests.format(uncompressed));
    }

    private static ObjectNode emptyConfig() {
        ObjectNode config = JSON.createObjectNode();
        config.put("architecture", architecture());
        config.put("os", "linux");
        return config;
    }

    /** The machine's architecture in OCI spelling. */
    public static String architecture() {
        String arch = System.getProperty("os.arch");
        return switch (arch) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64" -> "arm64";
            default -> arch;
        };
    }

    private static JsonNode json(Path file, String what) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new Refused(what + " is missing from the base image");
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new Refused(what + " of the base image is not valid JSON: " + e.getMessage(), e);
        }
    }

    /**
     * A problem with the base image found inside the reader, reported as an {@link
     * InvalidBaseImageException}.
     */
    private static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }

        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
