package org.dydisnix.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.dydisnix.cli.options.ModelOptions;
import org.dydisnix.image.BuiltImage;
import org.dydisnix.image.FailurePolicy;
import org.dydisnix.image.MultiProcessImage;
import org.dydisnix.image.ProcessManager;
import org.dydisnix.model.InputFormat;
import org.dydisnix.model.ModelReader;
import org.dydisnix.model.processes.ProcessesModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dydisnix create-multi-process-image}: a processes model becomes a multi-process OCI image.
 */
@Command(
        name = "create-multi-process-image",
        header =
                "Build a multi-process OCI image from a processes model (no Nix, no Docker daemon).",
        description = {
            "Every process of the processes model is run by the chosen process manager (supervisord, or "
                    + "sysvinit scripts with a foreground proxy) as the container's root process, on top of a base "
                    + "image that provides bash, coreutils, the process manager and the services' programs.",
            "The image is an OCI image-layout tarball that also carries a docker manifest.json: "
                    + "docker load, podman load, skopeo (oci-archive:) and umoci accept it. The same inputs give "
                    + "the same bytes (SOURCE_DATE_EPOCH sets the creation time). The manifest digest is printed."
        },
        mixinStandardHelpOptions = true)
final class CreateMultiProcessImageCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
            names = "--processes",
            required = true,
            paramLabel = "<file>",
            description =
                    "The processes model: Nix (a function of stateDir, runtimeDir, forceDisableUserChange, "
                            + "processManager, ...), or .json/.yaml data.")
    Path processes;

    @Option(
            names = "--process-manager",
            paramLabel = "<pm>",
            defaultValue = "supervisord",
            converter = ProcessManagerConverter.class,
            description = "supervisord or sysvinit (default: ${DEFAULT-VALUE}).")
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
            converter = FailurePolicyConverter.class,
            description =
                    "When a process fails for good: exit (stop everything, exit non-zero) or ignore "
                            + "(default: ${DEFAULT-VALUE}).")
    FailurePolicy onFailure;

    @Mixin ModelOptions models;

    @Option(
            names = "--max-layer-size",
            paramLabel = "<size>",
            defaultValue = "8G",
            converter = SizeConverter.class,
            description =
                    "Refuse a base layer larger than this uncompressed: bytes, or with K, M, G "
                            + "(binary) (default: ${DEFAULT-VALUE}).")
    long maxLayerSize;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "<image.tar>",
            description = "Where to write the image tarball (atomically).")
    Path output;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> arguments = new TreeMap<>();
        arguments.put("stateDir", stateDir);
        if (runtimeDir != null) {
            arguments.put("runtimeDir", runtimeDir);
        }
        arguments.put("forceDisableUserChange", forceDisableUserChange);
        arguments.put("processManager", processManager.modelName());
        ProcessesModel model = ProcessesModel.read(reader(), processes, arguments);
        MultiProcessImage image;
        try {
            image =
                    MultiProcessImage.builder()
                            .processes(model)
                            .processManager(processManager)
                            .name(name)
                            .tag(tag)
                            .base(base)
                            .stateDir(stateDir)
                            .runtimeDir(runtimeDir)
                            .forceDisableUserChange(forceDisableUserChange)
                            .interactive(interactive)
                            .onFailure(onFailure)
                            .maxLayerSize(maxLayerSize)
                            .warnings(
                                    warning ->
                                            spec.commandLine()
                                                    .getErr()
                                                    .println(
                                                            spec.qualifiedName()
                                                                    + ": warning: "
                                                                    + warning))
                            .build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        BuiltImage built = image.writeTo(output);
        spec.commandLine().getErr().flush();
        System.out.println(built.manifestDigest());
        return 0;
    }

    /** The reader of every model; a processes model is Nix (embedded evaluator), JSON or YAML. */
    private ModelReader reader() {
        if (models.formatOf(processes) == InputFormat.XML || models.realNix) {
            throw new Failure.CommandException(
                    "a processes model is read by the embedded evaluator, as Nix, JSON or YAML "
                            + "(--xml and --nix apply to services, infrastructure and distribution models)");
        }
        return models.reader();
    }

    /** Accepts the process manager names as processes models spell them. */
    static final class ProcessManagerConverter
            implements picocli.CommandLine.ITypeConverter<ProcessManager> {
        @Override
        public ProcessManager convert(String value) {
            try {
                return ProcessManager.of(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Accepts a byte count with an optional binary K, M or G suffix. */
    static final class SizeConverter implements picocli.CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("([0-9]{1,15})([KMG]?)i?B?")
                            .matcher(value.toUpperCase(java.util.Locale.ROOT));
            if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'"
                                + value
                                + "' is not a size (a positive number of bytes, or with K, M, G)");
            }
            int shift =
                    switch (m.group(2)) {
                        case "K" -> 10;
                        case "M" -> 20;
                        case "G" -> 30;
                        default -> 0;
                    };
            return Long.parseLong(m.group(1)) << shift;
        }
    }

    /** Accepts {@code exit} and {@code ignore}. */
    static final class FailurePolicyConverter
            implements picocli.CommandLine.ITypeConverter<FailurePolicy> {
        @Override
        public FailurePolicy convert(String value) {
            for (FailurePolicy policy : FailurePolicy.values()) {
                if (policy.name().equalsIgnoreCase(value)) {
                    return policy;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "'" + value + "' is not exit or ignore");
        }
    }
}
