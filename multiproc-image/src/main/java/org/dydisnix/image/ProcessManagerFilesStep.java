package org.dydisnix.image;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.dydisnix.image.layer.Accounts;
import org.dydisnix.image.layer.BaseFileSystem;
import org.dydisnix.image.layer.FileTree;
import org.dydisnix.image.layer.ImagePath;
import org.dydisnix.image.oci.BaseImage;
import org.dydisnix.image.pm.Generated;
import org.dydisnix.image.pm.ImageSettings;
import org.dydisnix.image.pm.Launch;
import org.dydisnix.image.pm.ScriptTemplate;
import org.dydisnix.model.processes.ManagedProcess;
import org.dydisnix.model.processes.ModelFile;
import org.dydisnix.model.processes.ProcessModelException;
import org.dydisnix.model.processes.ProcessesModel;

/**
 * Build step 3: every file the image adds — accounts, state directories, the helpers, the process
 * manager's configuration, the model's files, {@code /root/.bashrc} — and what starts the
 * container; warns about programs the base lacks.
 */
final class ProcessManagerFilesStep {
    /** The files and the process manager's part of the configuration. */
    record ImageFiles(FileTree files, Generated generated) {}

    private ProcessManagerFilesStep() {}

    static ImageFiles run(
            BuildSettings settings, BaseImage base, Accounts accounts, Consumer<String> warn) {
        ImageSettings image = settings.imageSettings();
        ProcessesModel model = settings.processes();
        BaseFileSystem fs = base.fileSystem();
        FileTree files = new FileTree();
        accounts.addTo(files);
        stateDirectories(files, fs, image);
        Launch.addHelpers(files);
        Generated generated =
                settings.processManager().backend().generate(model, image, accounts, files);
        for (ModelFile file : model.files().values()) {
            files.file(
                    modelFilePath(file),
                    file.content().getBytes(StandardCharsets.UTF_8),
                    file.mode(),
                    0,
                    0);
        }
        if (settings.interactive()) {
            files.file("/root/.bashrc", ScriptTemplate.text("bashrc"), 0644);
        }
        checkExecutables(model, generated, files, fs, searchPath(base), warn);
        return new ImageFiles(files, generated);
    }

    private static ImagePath modelFilePath(ModelFile file) {
        if (!ImagePath.isValid(file.path())) {
            throw new ProcessModelException(
                    null,
                    "files: '"
                            + file.path().replace("\n", "\\n")
                            + "' is not a normal absolute path (no //, . or .. components)");
        }
        return ImagePath.of(file.path());
    }

    /** The FHS state directories nixproc-init-state makes, where the base has nothing yet. */
    private static void stateDirectories(FileTree files, BaseFileSystem fs, ImageSettings image) {
        String state = image.stateDir();
        files.directory("/run", 0755, 0, 0);
        files.directory(state, 0755, 0, 0);
        String tmp = image.tmpDir();
        files.directory(tmp, image.forceDisableUserChange() ? 0755 : 01777, 0, 0);
        if (tmp.equals("/tmp") && fs.node(fs.resolveParent(state + "/tmp")) == null) {
            files.symlink(state + "/tmp", "/tmp");
        }
        String runtime = image.runtimeDir();
        if (runtime.equals(state + "/run")
                && state.equals("/var")
                && fs.node(fs.resolveParent(runtime)) == null) {
            files.symlink(runtime, "../run");
        } else {
            files.directory(runtime, 0755, 0, 0);
        }
        for (String sub : List.of("log", "cache", "spool", "lock", "lib")) {
            files.directory(state + "/" + sub, 0755, 0, 0);
        }
    }

    private static List<String> searchPath(BaseImage base) {
        for (JsonNode env : base.config().path("config").path("Env")) {
            String text = env.asText();
            if (text.startsWith("PATH=")) {
                return List.of(text.substring(5).split(":"));
            }
        }
        return List.of(ConfigTranslation.DEFAULT_PATH.split(":"));
    }

    private static void checkExecutables(
            ProcessesModel model,
            Generated generated,
            FileTree files,
            BaseFileSystem fs,
            List<String> path,
            Consumer<String> warn) {
        for (ManagedProcess process : model.processes().values()) {
            Set<String> executables = new LinkedHashSet<>();
            if (process.foregroundExecutable() != null) {
                executables.add(process.foregroundExecutable());
            }
            if (process.daemonExecutable() != null) {
                executables.add(process.daemonExecutable());
            }
            for (String executable : executables) {
                if (!found(executable, files, fs, path)) {
                    warn.accept(
                            "process '"
                                    + process.name()
                                    + "': executable '"
                                    + executable
                                    + "' is not in the base image");
                }
            }
        }
        for (String executable : new LinkedHashSet<>(generated.executables())) {
            if (!found(executable, files, fs, path)) {
                warn.accept(
                        "the process manager needs '"
                                + executable
                                + "', which is not in the base image");
            }
        }
    }

    private static boolean found(
            String executable, FileTree files, BaseFileSystem fs, List<String> path) {
        if (executable.startsWith("/")) {
            return !ImagePath.isValid(executable)
                    || files.contains(executable)
                    || fs.exists(executable);
        }
        if (executable.contains("/")) {
            return true;
        }
        for (String dir : path) {
            String candidate = dir + "/" + executable;
            if (!ImagePath.isValid(candidate)
                    || files.contains(candidate)
                    || fs.exists(candidate)) {
                return true;
            }
        }
        return false;
    }
}
