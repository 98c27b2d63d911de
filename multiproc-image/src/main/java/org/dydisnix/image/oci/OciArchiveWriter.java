package org.dydisnix.image.oci;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dydisnix.image.tar.ReproducibleTarWriter;
import org.dydisnix.image.tar.TarEntry;
import org.dydisnix.io.PatchableOutput;

/**
 * Writes an OCI image-layout tarball ({@code oci-layout}, {@code index.json}, {@code
 * blobs/sha256/*}) that also carries a docker {@code manifest.json}, so that {@code docker load},
 * {@code podman load}, {@code skopeo} and {@code umoci} all accept it. Entries are owned by root
 * and dated {@code mtime}; the base's layer blobs come first in their order (one of them may be
 * streamed in while the base is read), the other entries follow sorted by name.
 */
public final class OciArchiveWriter {
    /**
     * Media type of the image manifest: docker's schema 2, which an OCI layout may reference (as
     * containerd's exports do) and which podman stores with the image's health check (it drops the
     * health check of OCI-typed images).
     */
    public static final String MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";

    /**
     * Media type of the image configuration (docker's, the same JSON as OCI's plus Healthcheck).
     */
    public static final String CONFIG = "application/vnd.docker.container.image.v1+json";

    private static final String LAYER_TAR_GZIP =
            "application/vnd.docker.image.rootfs.diff.tar.gzip";
    private static final String LAYER_TAR = "application/vnd.docker.image.rootfs.diff.tar";

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final ReproducibleTarWriter tar;
    private final PatchableOutput patchable;
    private final long origin;
    private final Set<String> written = new HashSet<>();
    private long blobStart = -1;

    /**
     * Starts an archive on {@code out}, every entry dated {@code mtime}; when {@code out} is a
     * {@link PatchableOutput} that {@link PatchableOutput#canPatch() can patch}, blobs may be
     * streamed in ({@link #startBlob}).
     */
    public OciArchiveWriter(OutputStream out, Instant mtime) {
        this.tar = new ReproducibleTarWriter(out, mtime);
        this.patchable = out instanceof PatchableOutput p && p.canPatch() ? p : null;
        this.origin = patchable == null ? 0 : patchable.position();
    }

    /** The digests of a written image. */
    public record Written(String manifestDigest, String configDigest) {}

    /**
     * Writes the whole image at once: {@code layers} in order (their blobs as they are), then the
     * configuration.
     */
    public static Written write(
            OutputStream out,
            List<Blob> layers,
            byte[] layerBytes,
            Blob layer,
            ObjectNode config,
            String reference,
            Instant mtime)
            throws IOException {
        return new OciArchiveWriter(out, mtime)
                .finish(layers, layerBytes, layer, config, reference);
    }

    /** True when a blob can be written before its digest is known ({@link #startBlob}). */
    public boolean canStream() {
        return patchable != null;
    }

    /** The file the archive is being written to when it can stream, else null. */
    public Path file() {
        return patchable == null ? null : patchable.file();
    }

    /**
     * Starts a blob whose digest is known only once it is written: its bytes go to the returned
     * stream (whose close leaves the archive open), then {@link #endBlob} names it.
     */
    public OutputStream startBlob() throws IOException {
        if (patchable == null || blobStart >= 0) {
            throw new IllegalStateException("cannot stream a blob now");
        }
        startBlobs();
        blobStart = tar.startUnnamedFile();
        return tar.unnamedContent();
    }

    /** The bytes written to the blob started last, so far. */
    public long blobSize() {
        return tar.unnamedSize();
    }

    /** Ends the blob started last, naming it by its digest; returns its size. */
    public long endBlob(String digest) throws IOException {
        String name = "blobs/sha256/" + Digests.hex(digest);
        patchable.patch(origin + blobStart, tar.endUnnamedFile(name, 0644));
        blobStart = -1;
        written.add(name);
        return tar.unnamedSize();
    }

    /**
     * Writes the rest of the image: the blobs of {@code layers} not yet written in their order, the
     * new layer, configuration and manifest blobs, index and manifests, sorted by name.
     *
     * @param reference the {@code name:tag} written as RepoTags in {@code manifest.json} and as
     *     {@code org.opencontainers.image.ref.name} in {@code index.json}, so that podman and
     *     docker both load the image by its full name
     */
    public Written finish(
            List<Blob> layers, byte[] layerBytes, Blob layer, ObjectNode config, String reference)
            throws IOException {
        byte[] configBytes = JSON.writeValueAsBytes(config);
        String configDigest = Digests.of(configBytes);

        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("schemaVersion", 2);
        manifest.put("mediaType", MANIFEST);
        manifest.set("config", descriptor(CONFIG, configDigest, configBytes.length));
        ArrayNode layerArray = manifest.putArray("layers");
        for (Blob blob : layers) {
            layerArray.add(descriptor(layerType(blob), blob.digest(), blob.size()));
        }
        layerArray.add(descriptor(layerType(layer), layer.digest(), layer.size()));
        byte[] manifestBytes = JSON.writeValueAsBytes(manifest);
        String manifestDigest = Digests.of(manifestBytes);

        ObjectNode index = JSON.createObjectNode();
        index.put("schemaVersion", 2);
        index.put("mediaType", "application/vnd.oci.image.index.v1+json");
        ObjectNode entry = descriptor(MANIFEST, manifestDigest, manifestBytes.length);
        entry.putObject("annotations").put("org.opencontainers.image.ref.name", reference);
        index.putArray("manifests").add(entry);

        ArrayNode docker = JSON.createArrayNode();
        ObjectNode dockerManifest = docker.addObject();
        dockerManifest.put("Config", "blobs/sha256/" + Digests.hex(configDigest));
        dockerManifest.putArray("RepoTags").add(reference);
        ArrayNode dockerLayers = dockerManifest.putArray("Layers");
        for (Blob blob : layers) {
            dockerLayers.add("blobs/sha256/" + Digests.hex(blob.digest()));
        }
        dockerLayers.add("blobs/sha256/" + Digests.hex(layer.digest()));

        startBlobs();
        for (Blob blob : layers) {
            String name = "blobs/sha256/" + Digests.hex(blob.digest());
            if (written.add(name)) {
                tar.addFile(name, blob.file(), 0644);
            }
        }
        SortedMap<String, byte[]> entries = new TreeMap<>();
        entries.put("blobs/sha256/" + Digests.hex(layer.digest()), layerBytes);
        entries.put("blobs/sha256/" + Digests.hex(configDigest), configBytes);
        entries.put("blobs/sha256/" + Digests.hex(manifestDigest), manifestBytes);
        entries.put("index.json", JSON.writeValueAsBytes(index));
        entries.put("manifest.json", JSON.writeValueAsBytes(docker));
        entries.put(
                "oci-layout",
                "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8));

        for (var e : entries.entrySet()) {
            if (written.add(e.getKey())) {
                tar.addFile(e.getKey(), e.getValue(), 0644);
            }
        }
        tar.finish();
        return new Written(manifestDigest, configDigest);
    }

    /** The two directories before the first blob. */
    private void startBlobs() throws IOException {
        if (written.add("blobs")) {
            tar.add(TarEntry.directory("blobs", 0755, 0, 0));
            tar.add(TarEntry.directory("blobs/sha256", 0755, 0, 0));
        }
    }

    private static String layerType(Blob blob) {
        return blob.mediaType().endsWith("gzip") ? LAYER_TAR_GZIP : LAYER_TAR;
    }

    private static ObjectNode descriptor(String mediaType, String digest, long size) {
        ObjectNode descriptor = JSON.createObjectNode();
        descriptor.put("mediaType", mediaType);
        descriptor.put("digest", digest);
        descriptor.put("size", size);
        return descriptor;
    }
}
