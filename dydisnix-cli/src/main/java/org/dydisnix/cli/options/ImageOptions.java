package org.dydisnix.cli.options;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.dydisnix.image.FailurePolicy;
import org.dydisnix.image.MultiProcessImage;
import org.dydisnix.image.ProcessManager;
import picocli.CommandLine.Option;

/**
 * The options of a multi-process image (createMultiProcessImage's parameters): what runs the
 * processes, the image's name and base, the state settings the model is called with.
 */
public final class ImageOptions {

    @Option(
            names = "--process-manager",
            paramLabel = "<pm>",
            defaultValue = "supervisord",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ProcessManager processManager;

    @Option(
            names = "--name",
            paramLabel = "<name>",
            defaultValue = "multiprocess",
            description = "Image name (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(
            names = "--tag",
            paramLabel = "<tag>",
            defaultValue = "latest",
            description = "Image tag (default: ${DEFAULT-VALUE}).")
    String tag;

    @Option(
            names = "--base",
            required = true,
            paramLabel = "<image>",
            description =
                    "Base image: an OCI archive or layout directory, a docker archive, or a root file "
                            + "system tarball or directory.")
    Path base;

    @Option(
            names = "--state-dir",
            paramLabel = "<dir>",
            defaultValue = "/var",
            description = "State directory (default: ${DEFAULT-VALUE}).")
    String stateDir;

    @Option(
            names = "--runtime-dir",
            paramLabel = "<dir>",
            description = "Runtime directory (default: <state-dir>/run).")
    String runtimeDir;

    @Option(
            names = "--force-disable-user-change",
            description = "Create no users or groups and run every process as root.")
    boolean forceDisableUserChange;

    @Option(
            names = "--interactive",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description =
                    "Add /root/.bashrc with coloured ls and a prompt (default: on; --no-interactive to omit).")
    boolean interactive;

    @Option(
            names = "--on-failure",
            paramLabel = "<policy>",
            defaultValue = "exit",
            completionCandidates = LowerCaseCandidates.FailurePolicies.class,
            description =
                    "When a process fails for good: exit (stop everything, exit non-zero) or ignore "
                            + "(default: ${DEFAULT-VALUE}).")
    FailurePolicy onFailure;

    @Option(
            names = "--max-layer-size",
            paramLabel = "<size>",
            defaultValue = "8G",
            converter = SizeConverter.class,
            description =
                    "Refuse a base layer larger than this uncompressed: bytes, or with K, M, G "
                            + "(binary) (default: ${DEFAULT-VALUE}).")
    long maxLayerSize;

    /** The arguments the processes model function is called with. */
    public Map<String, Object> modelArguments() {
        Map<String, Object> arguments = new TreeMap<>();
        arguments.put("stateDir", stateDir);
        if (runtimeDir != null) {
            arguments.put("runtimeDir", runtimeDir);
        }
        arguments.put("forceDisableUserChange", forceDisableUserChange);
        arguments.put("processManager", processManager.modelName());
        return arguments;
    }

    /**
     * A builder with these settings.
     *
     * @throws IllegalArgumentException for a directory the builder refuses
     */
    public MultiProcessImage.Builder builder() {
        return MultiProcessImage.builder()
                .processManager(processManager)
                .name(name)
                .tag(tag)
                .base(base)
                .stateDir(stateDir)
                .runtimeDir(runtimeDir)
                .forceDisableUserChange(forceDisableUserChange)
                .interactive(interactive)
                .onFailure(onFailure)
                .maxLayerSize(maxLayerSize);
    }
}
