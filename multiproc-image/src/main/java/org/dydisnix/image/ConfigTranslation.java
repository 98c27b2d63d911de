package org.dydisnix.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dydisnix.image.oci.BaseImage;
import org.dydisnix.image.oci.BaseImageReader;
import org.dydisnix.image.oci.Blob;
import org.dydisnix.image.pm.Generated;

/**
 * Build step 5: the image configuration — the base's configuration with the process manager's entry
 * point, command and health check, labels, the new layer's diff id and a history entry.
 */
final class ConfigTranslation {
    /** The {@code PATH} of an image whose base sets none. */
    static final String DEFAULT_PATH = MultiProcessImage.DEFAULT_PATH;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SECOND = 1_000_000_000L;

    private ConfigTranslation() {}

    static ObjectNode run(BuildSettings settings, BaseImage base, Blob layer, Generated generated) {
        ObjectNode config = base.config().deepCopy();
        String created = DateTimeFormatter.ISO_INSTANT.format(settings.creationTime());
        config.put("created", created);
        if (!config.path("architecture").isTextual()) {
            config.put("architecture", BaseImageReader.architecture());
        }
        if (!config.path("os").isTextual()) {
            config.put("os", "linux");
        }
        ObjectNode runtime =
                config.path("config").isObject()
                        ? (ObjectNode) config.get("config")
                        : config.putObject("config");
        if (!runtime.path("Env").isArray() || runtime.path("Env").isEmpty()) {
            runtime.putArray("Env").add("PATH=" + DEFAULT_PATH);
        }
        runtime.remove("User");
        if (generated.entrypoint().isEmpty()) {
            runtime.remove("Entrypoint");
        } else {
            strings(runtime.putArray("Entrypoint"), generated.entrypoint());
        }
        strings(runtime.putArray("Cmd"), generated.cmd());
        if (!runtime.path("WorkingDir").isTextual()
                || runtime.get("WorkingDir").asText().isEmpty()) {
            runtime.put("WorkingDir", "/");
        }
        ObjectNode health = runtime.putObject("Healthcheck");
        ArrayNode test = health.putArray("Test");
        test.add("CMD");
        generated.healthcheck().forEach(test::add);
        health.put("Interval", 30 * SECOND);
        health.put("Timeout", 10 * SECOND);
        health.put("StartPeriod", 10 * SECOND);
        health.put("Retries", 3);
        runtime.putObject("Labels").setAll(labels(settings, runtime));

        ObjectNode rootfs = config.putObject("rootfs");
        rootfs.put("type", "layers");
        ArrayNode diffIds = rootfs.putArray("diff_ids");
        base.layers().forEach(blob -> diffIds.add(blob.diffId()));
        diffIds.add(layer.diffId());
        config.set("history", history(settings, base, created));
        return config;
    }

    private static ArrayNode history(BuildSettings settings, BaseImage base, String created) {
        JsonNode old = base.config().path("history");
        ArrayNode history = JSON.createArrayNode();
        if (old.isArray() && !old.isEmpty()) {
            for (JsonNode entry : old) {
                ObjectNode copy = entry.deepCopy();
                if (!copy.hasNonNull("created")) {
                    copy.put("created", created);
                }
                history.add(copy);
            }
        } else {
            for (int i = 0; i < base.layers().size(); i++) {
                history.addObject()
                        .put("created", created)
                        .put("created_by", "base " + base.description());
            }
        }
        history.addObject()
                .put("created", created)
                .put(
                        "created_by",
                        "dydisnix create-multi-process-image "
                                + settings.processManager().modelName());
        return history;
    }

    private static ObjectNode labels(BuildSettings settings, ObjectNode runtime) {
        ObjectNode labels =
                runtime.path("Labels").isObject()
                        ? runtime.get("Labels").deepCopy()
                        : JSON.createObjectNode();
        labels.put("org.dydisnix.process-manager", settings.processManager().modelName());
        labels.put(
                "org.dydisnix.processes",
                String.join(",", settings.processes().processes().keySet()));
        return labels;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
