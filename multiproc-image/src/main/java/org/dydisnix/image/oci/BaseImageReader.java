package org.dydisnix.image.oci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dydisnix.image.InvalidBaseImageException;
import org.dydisnix.image.layer.BaseFileSystem;
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
    private final long maxLayerSize;
    private final OciArchiveWriter output;
    private ImageArchive archive;

    private BaseImageReader(Path workDir, long maxLayerSize, OciArchiveWriter output) {
        this.workDir = workDir;
        this.maxLayerSize = maxLayerSize;
        this.output = output;
    }

    /** Reads the base image with the default layer size limit of 8 GiB. */
    public static BaseImage read(Path base, Path workDir)
            throws InvalidBaseImageException, IOException {
        return read(base, workDir, 8L << 30);
    }

    /**
     * Reads the base image at {@code base}, keeping extracted blobs in {@code workDir}. Only the
     * entries the manifest references are extracted; a layer larger than {@code maxLayerSize} bytes
     * uncompressed is refused.
     *
     * @throws InvalidBaseImageException if the base is corrupt, truncated, tampered with or unsafe
     * @throws IOException if a file cannot be read or written
     */
    public static BaseImage read(Path base, Path workDir, long maxLayerSize)
            throws InvalidBaseImageException, IOException {
        return read(base, workDir, maxLayerSize, null);
    }

    /**
     * Reads the base image like {@link #read(Path, Path, long)}; a root file system directory's
     * layer is streamed straight into {@code output} when it {@link OciArchiveWriter#canStream()
     * can stream} (the image's first blob), else written to the work directory.
     */
    public static BaseImage read(
            Path base, Path workDir, long maxLayerSize, OciArchiveWriter output)
            throws InvalidBaseImageException, IOException {
        BaseImageReader reader = new BaseImageReader(workDir, maxLayerSize, output);
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
            Layers.Scanned scanned = Layers.scanRootfs(base, maxLayerSize);
            Set<String> names = scanned != null ? scanned.names() : ImageArchive.names(base);
            if (names.contains("oci-layout") && names.contains("index.json")) {
                return reader.oci(reader.extract(base), label);
            }
            if (names.contains("manifest.json") && !names.contains("etc")) {
                return reader.docker(reader.extract(base), label);
            }
            if (scanned != null) {
                return new BaseImage(
                        List.of(scanned.blob()), emptyConfig(), scanned.fileSystem(), label);
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

    private Path extract(Path base) throws IOException {
        archive = new ImageArchive(base, workDir.resolve("base"), maxLayerSize);
        return archive.extractMetadata();
    }

    /** Extracts the named entries when the image comes from an archive. */
    private void fetch(Path root, List<String> names) throws IOException {
        if (archive != null && root.equals(archive.root())) {
            archive.fetch(names);
        }
    }

    private BaseImage oci(Path layout, String label) throws IOException {
        JsonNode index = json(layout.resolve("index.json"), "index.json");
        JsonNode descriptor = chooseManifest(layout, index, label);
        JsonNode manifest = JSON.readTree(verifiedBlob(layout, descriptor, "manifest").toFile());
        JsonNode configDescriptor = manifest.path("config");
        Path configFile = verifiedBlob(layout, configDescriptor, "config");
        ObjectNode config = configObject(JSON.readTree(configFile.toFile()));
        List<String> names = new ArrayList<>();
        for (JsonNode layer : manifest.path("layers")) {
            names.add("blobs/sha256/" + hex(layer.path("digest").asText()));
        }
        fetch(layout, names);
        List<Path> layerFiles = new ArrayList<>();
        List<String> digests = new ArrayList<>();
        for (JsonNode layer : manifest.path("layers")) {
            String digest = layer.path("digest").asText();
            Path file = blobPath(layout, digest);
            if (!layer.path("size").canConvertToLong()
                    || layer.path("size").asLong() != Files.size(file)) {
                throw new Refused(
                        "the layer blob "
                                + digest
                                + " has size "
                                + Files.size(file)
                                + " but its manifest says "
                                + layer.path("size"));
            }
            layerFiles.add(file);
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
        fetch(layout, List.of("blobs/sha256/" + hex(digest)));
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

    private static String hex(String digest) throws IOException {
        try {
            return Digests.hex(digest);
        } catch (IOException e) {
            throw new Refused(e.getMessage());
        }
    }

    /** The image configuration, refused unless it is an object whose history holds objects. */
    private static ObjectNode configObject(JsonNode config) throws IOException {
        if (!(config instanceof ObjectNode object)) {
            throw new Refused("its image configuration is not a JSON object");
        }
        JsonNode history = object.path("history");
        if (!history.isMissingNode() && !history.isNull()) {
            if (!history.isArray()) {
                throw new Refused("the history of its image configuration is not a list");
            }
            for (JsonNode entry : history) {
                if (!entry.isObject()) {
                    throw new Refused(
                            "the history of its image configuration has an entry that is not an object");
                }
            }
        }
        return object;
    }

    private static Path blobPath(Path layout, String digest) throws IOException {
        String hex = hex(digest);
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
        List<String> names = new ArrayList<>(List.of(configName));
        for (JsonNode layer : manifest.path("Layers")) {
            names.add(TarPaths.normalize(layer.asText()));
        }
        fetch(root, names);
        Path configFile = root.resolve(configName);
        if (!Files.isRegularFile(configFile)) {
            throw new Refused("config " + configName + " is missing from the base image");
        }
        String fileName = configFile.getFileName().toString().replace(".json", "");
        if (fileName.matches("[0-9a-f]{64}")
                && !Digests.of(configFile).equals("sha256:" + fileName)) {
            throw new Refused("config " + configName + " does not match its digest");
        }
        ObjectNode config = configObject(JSON.readTree(configFile.toFile()));
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
            Blob blob = Layers.index(files.get(i), fileSystem, maxLayerSize);
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
        Blob blob = Layers.index(tarball, fileSystem, maxLayerSize);
        return new BaseImage(List.of(blob), emptyConfig(), fileSystem, label);
    }

    private BaseImage rootfsDirectory(Path directory, String label) throws IOException {
        BaseFileSystem fileSystem = new BaseFileSystem();
        Blob blob =
                DirectoryLayer.write(
                        directory,
                        workDir.resolve("rootfs-layer.tar"),
                        output,
                        fileSystem,
                        maxLayerSize);
        return new BaseImage(List.of(blob), emptyConfig(), fileSystem, label);
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
}
