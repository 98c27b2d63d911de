package org.dydisnix.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dydisnix.cli.options.ImageOptions;
import org.dydisnix.cli.options.LazySpec;
import org.dydisnix.cli.options.ModelOptions;
import org.dydisnix.image.BuiltImage;
import org.dydisnix.image.MultiProcessImage;
import org.dydisnix.model.InputFormat;
import org.dydisnix.model.ModelReader;
import org.dydisnix.model.processes.ProcessesModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code dydisnix create-multi-process-image}: a processes model becomes a multi-process OCI image.
 */
@Command(
        name = "create-multi-process-image",
        header =
                "Build a multi-process OCI image from a processes model (no Nix, no Docker daemon).",
        description = {
            "Every process of the processes model is run by the chosen process manager (supervisord; "
                    + "sysvinit scripts with a foreground proxy; or s6-rc: s6-svscan with a service "
                    + "directory per process) as the container's root process, on top of a base image that "
                    + "provides bash, coreutils, the process manager and the services' programs.",
            "The image is an OCI image-layout tarball that also carries a docker manifest.json: "
                    + "docker load, podman load, skopeo (oci-archive:) and umoci accept it. The same inputs give "
                    + "the same bytes (SOURCE_DATE_EPOCH sets the creation time). The manifest digest is printed."
        },
        mixinStandardHelpOptions = true)
final class CreateMultiProcessImageCommand implements Callable<Integer> {

    @Mixin LazySpec spec;

    private boolean warned;

    @Option(
            names = "--processes",
            required = true,
            paramLabel = "<file>",
            description =
                    "The processes model: Nix (a function of stateDir, runtimeDir, forceDisableUserChange, "
                            + "processManager, ...), or .json/.yaml data.")
    Path processes;

    @Mixin ImageOptions image;

    @Mixin ModelOptions models;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "<image.tar>",
            description = "Where to write the image tarball (atomically).")
    Path output;

    @Override
    public Integer call() throws Exception {
        ProcessesModel model = ProcessesModel.read(reader(), processes, image.modelArguments());
        MultiProcessImage built;
        try {
            built = image.builder().processes(model).warnings(this::warn).build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.get().commandLine(), e.getMessage(), e);
        }
        BuiltImage written = built.writeTo(output);
        if (warned) {
            spec.get().commandLine().getErr().flush();
        }
        System.out.println(written.manifestDigest());
        return 0;
    }

    private void warn(String warning) {
        warned = true;
        CommandSpec command = spec.get();
        command.commandLine().getErr().println(command.qualifiedName() + ": warning: " + warning);
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
}
