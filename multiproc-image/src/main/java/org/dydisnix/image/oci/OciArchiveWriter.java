package org.dydisnix.image.oci;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dydisnix.image.tar.ReproducibleTarWriter;
import org.dydisnix.image.tar.TarEntry;

/**
 * Writes an OCI image-layout tarball ({@code oci-layout}, {@code index.json}, {@code
 * blobs/sha256/*}) that also carries a docker {@code manifest.json}, so that {@code docker load},
 * {@code podman load}, {@code skopeo} and {@code umoci} all accept it. Entries are sorted, owned by
 * root and dated {@code mtime}.
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

    private OciArchiveWriter() {}

    /** The digests of a written image. */
    public record Written(String manifestDigest, String configDigest) {}

    /**
     * Writes the image: {@code layers} in order (their blobs as they are), then the configuration.
     *
     * @param reference the {@code name:tag} written as RepoTags in {@code manifest.json} and as
     *     {@code org.opencontainers.image.ref.name} in {@code index.json}, so that podman and
     *     docker both load the image by its full name
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

        SortedMap<String, Object> entries = new TreeMap<>();
        entries.put("blobs", null);
        entries.put("blobs/sha256", null);
        for (Blob blob : layers) {
            entries.put("blobs/sha256/" + Digests.hex(blob.digest()), blob);
        }
        entries.put("blobs/sha256/" + Digests.hex(layer.digest()), layerBytes);
        entries.put("blobs/sha256/" + Digests.hex(configDigest), configBytes);
        entries.put("blobs/sha256/" + Digests.hex(manifestDigest), manifestBytes);
        entries.put("index.json", JSON.writeValueAsBytes(index));
        entries.put("manifest.json", JSON.writeValueAsBytes(docker));
        entries.put(
                "oci-layout",
                "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8));

        ReproducibleTarWriter tar = new ReproducibleTarWriter(out, mtime);
        for (var e : entries.entrySet()) {
            if (e.getValue() == null) {
                tar.add(TarEntry.directory(e.getKey(), 0755, 0, 0));
            } else if (e.getValue() instanceof Blob blob) {
                tar.addFile(e.getKey(), blob.file(), 0644);
            } else {
                tar.addFile(e.getKey(), (byte[]) e.getValue(), 0644);
            }
        }
        tar.finish();
        return new Written(manifestDigest, configDigest);
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
