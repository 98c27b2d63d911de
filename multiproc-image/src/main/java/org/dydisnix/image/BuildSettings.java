package org.dydisnix.image;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.dydisnix.image.layer.ImagePath;
import org.dydisnix.image.pm.ImageSettings;
import org.dydisnix.model.processes.ProcessesModel;

/**
 * Everything a {@link MultiProcessImage} is built from, checked and immutable; made by {@link
 * MultiProcessImage.Builder}.
 *
 * @param processes the processes model
 * @param processManager the process manager that runs it
 * @param name the image name
 * @param tag the image tag
 * @param base the base image on the local file system
 * @param stateDir the state directory
 * @param runtimeDir the runtime directory
 * @param forceDisableUserChange true to create no accounts and run every process as root
 * @param interactive true to add {@code /root/.bashrc}
 * @param onFailure what the container does when a process fails for good
 * @param creationTime the image's creation time and every added file's time
 * @param maxLayerSize the largest uncompressed base layer accepted, in bytes
 * @param warnings receives each warning as it is found
 */
public record BuildSettings(
        ProcessesModel processes,
        ProcessManager processManager,
        String name,
        String tag,
        Path base,
        ImagePath stateDir,
        ImagePath runtimeDir,
        boolean forceDisableUserChange,
        boolean interactive,
        FailurePolicy onFailure,
        Instant creationTime,
        long maxLayerSize,
        Consumer<String> warnings) {

    public BuildSettings {
        Objects.requireNonNull(processes, "processes");
        Objects.requireNonNull(processManager, "processManager");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(stateDir, "stateDir");
        Objects.requireNonNull(runtimeDir, "runtimeDir");
        Objects.requireNonNull(onFailure, "onFailure");
        Objects.requireNonNull(creationTime, "creationTime");
        Objects.requireNonNull(warnings, "warnings");
    }

    /** {@code name:tag}. */
    public String reference() {
        return name + ":" + tag;
    }

    /** The state settings the process manager back ends use. */
    public ImageSettings imageSettings() {
        return new ImageSettings(
                stateDir.path(),
                runtimeDir.path(),
                forceDisableUserChange,
                onFailure == FailurePolicy.EXIT);
    }
}
