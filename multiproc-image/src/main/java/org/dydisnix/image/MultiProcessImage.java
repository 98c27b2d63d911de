package org.dydisnix.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.dydisnix.image.layer.Accounts;
import org.dydisnix.image.layer.BaseFileSystem;
import org.dydisnix.image.layer.FileTree;
import org.dydisnix.image.layer.LayerWriter;
import org.dydisnix.image.oci.BaseImage;
import org.dydisnix.image.oci.BaseImageReader;
import org.dydisnix.image.oci.Blob;
import org.dydisnix.image.oci.Digests;
import org.dydisnix.image.oci.OciArchiveWriter;
import org.dydisnix.image.pm.Generated;
import org.dydisnix.image.pm.ImageSettings;
import org.dydisnix.image.pm.Launch;
import org.dydisnix.model.processes.ManagedProcess;
import org.dydisnix.model.processes.ModelFile;
import org.dydisnix.model.processes.ProcessesModel;

/**
 * A multi-process container image: a processes model run by a process manager on top of a base
 * image, written as a reproducible OCI image-layout tarball. Build one with {@link #builder()}.
 *
 * <pre>{@code
 * BuiltImage image = MultiProcessImage.builder()
 *     .processes(ProcessesModel.read(Path.of("processes.json")))
 *     .processManager(ProcessManager.SUPERVISORD)
 *     .name("multiprocess").tag("test")
 *     .base(Path.of("base.tar"))
 *     .build()
 *     .writeTo(Path.of("image.tar"));
 * }</pre>
 */
public final class MultiProcessImage {
    /** The {@code PATH} of an image whose base sets none. */
    public static final String DEFAULT_PATH =
            "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    /**
     * The creation time (and file time) when neither the caller nor {@code SOURCE_DATE_EPOCH} gives
     * one.
     */
    public static final Instant DEFAULT_CREATION_TIME = Instant.ofEpochSecond(1);

    private static final Pattern NAME =
            Pattern.compile(
                    "([a-zA-Z0-9.-]+(:[0-9]+)?/)?[a-z0-9]+([._-]+[a-z0-9]+)*(/[a-z0-9]+([._-]+[a-z0-9]+)*)*");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Builder settings;

    private MultiProcessImage(Builder settings) {
        this.settings = settings;
    }

    /**
     * A builder with the original's defaults: state dir {@code /var}, interactive, exit on failure.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds the image and writes it to {@code out} atomically (a temporary file renamed into
     * place).
     *
     * @return the written image's digests and the builder's warnings
     * @throws InvalidBaseImageException if the base image is corrupt, truncated, tampered with or
     *     unsafe
     * @throws ImageException if the image cannot be written
     * @throws org.dydisnix.model.processes.ProcessModelException if the model names unknown users
     *     or groups or conflicting accounts
     */
    public BuiltImage writeTo(Path out) throws ImageException {
        Path absolute = out.toAbsolutePath();
        Path dir = absolute.getParent();
        Path work = null;
        Path temp = null;
        try {
            Files.createDirectories(dir);
            work = Files.createTempDirectory("dydisnix-image-");
            List<String> warnings = new ArrayList<>();
            Consumer<String> warn =
                    warning -> {
                        warnings.add(warning);
                        settings.warnings.accept(warning);
                    };
            BaseImage base = BaseImageReader.read(settings.base, work);
            temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".part");
            Files.setPosixFilePermissions(
                    temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            OciArchiveWriter.Written written;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream stream = java.nio.channels.Channels.newOutputStream(channel)) {
                written = write(base, stream, warn);
                stream.flush();
                channel.force(true);
            }
            try {
                Files.move(
                        temp,
                        absolute,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            return new BuiltImage(
                    absolute,
                    reference(),
                    written.manifestDigest(),
                    written.configDigest(),
                    warnings);
        } catch (IOException e) {
            throw new ImageException("cannot write image " + out + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
            deleteQuietly(work);
        }
    }

    /** {@code name:tag}. */
    public String reference() {
        return settings.name + ":" + settings.tag;
    }

    private OciArchiveWriter.Written write(BaseImage base, OutputStream out, Consumer<String> warn)
            throws IOException {
        ImageSettings image =
                new ImageSettings(
                        settings.stateDir,
                        runtimeDir(),
                        settings.forceDisableUserChange,
                        settings.onFailure == FailurePolicy.EXIT);
        ProcessesModel model = settings.processes;
        BaseFileSystem fs = base.fileSystem();
        Accounts accounts = Accounts.merge(fs, model, settings.forceDisableUserChange, warn);
        FileTree files = new FileTree();
        accounts.addTo(files);
        stateDirectories(files, fs, image);
        Launch.addHelpers(files);
        Generated generated =
                settings.processManager.backend().generate(model, image, accounts, files);
        for (ModelFile file : model.files().values()) {
            files.file(
                    file.path(),
                    file.content().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    file.mode(),
                    0,
                    0);
        }
        if (settings.interactive) {
            files.file("/root/.bashrc", BASHRC, 0644);
        }
        ObjectNode baseConfig = base.config().deepCopy();
        List<String> path = searchPath(baseConfig);
        checkExecutables(model, generated, files, fs, path, warn);

        byte[] tar = LayerWriter.write(files, fs, settings.creationTime);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(tar);
        }
        byte[] layerBytes = compressed.toByteArray();
        Blob layer =
                new Blob(
                        BaseImageReader.LAYER_TAR_GZIP,
                        Digests.of(layerBytes),
                        layerBytes.length,
                        null,
                        Digests.of(tar));
        ObjectNode config = config(baseConfig, base, layer, generated);
        return OciArchiveWriter.write(
                out,
                base.layers(),
                layerBytes,
                layer,
                config,
                reference(),
                settings.tag,
                settings.creationTime);
    }

    private String runtimeDir() {
        return settings.runtimeDir != null ? settings.runtimeDir : settings.stateDir + "/run";
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

    private static List<String> searchPath(ObjectNode config) {
        for (JsonNode env : config.path("config").path("Env")) {
            String text = env.asText();
            if (text.startsWith("PATH=")) {
                return List.of(text.substring(5).split(":"));
            }
        }
        return List.of(DEFAULT_PATH.split(":"));
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
            return files.contains(executable) || fs.exists(executable);
        }
        if (executable.contains("/")) {
            return true;
        }
        for (String dir : path) {
            String candidate = dir + "/" + executable;
            if (files.contains(candidate) || fs.exists(candidate)) {
                return true;
            }
        }
        return false;
    }

    private ObjectNode config(ObjectNode config, BaseImage base, Blob layer, Generated generated) {
        String created = DateTimeFormatter.ISO_INSTANT.format(settings.creationTime);
        config.put("created", created);
        if (!config.has("architecture")) {
            config.put("architecture", BaseImageReader.architecture());
        }
        if (!config.has("os")) {
            config.put("os", "linux");
        }
        ObjectNode runtime =
                config.has("config") && config.get("config").isObject()
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
        if (!runtime.hasNonNull("WorkingDir") || runtime.get("WorkingDir").asText().isEmpty()) {
            runtime.put("WorkingDir", "/");
        }
        ObjectNode health = runtime.putObject("Healthcheck");
        ArrayNode test = health.putArray("Test");
        test.add("CMD");
        generated.healthcheck().forEach(test::add);
        health.put("Interval", 30_000_000_000L);
        health.put("Timeout", 10_000_000_000L);
        health.put("StartPeriod", 10_000_000_000L);
        health.put("Retries", 3);
        runtime.putObject("Labels").setAll(labels(runtime));

        ObjectNode rootfs = config.putObject("rootfs");
        rootfs.put("type", "layers");
        ArrayNode diffIds = rootfs.putArray("diff_ids");
        base.layers().forEach(blob -> diffIds.add(blob.diffId()));
        diffIds.add(layer.diffId());

        JsonNode oldHistory = config.path("history");
        ArrayNode history = JSON.createArrayNode();
        if (oldHistory.isArray() && !oldHistory.isEmpty()) {
            for (JsonNode entry : oldHistory) {
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
                                + settings.processManager.modelName());
        config.set("history", history);
        return config;
    }

    private ObjectNode labels(ObjectNode runtime) {
        ObjectNode labels =
                runtime.path("Labels").isObject()
                        ? runtime.get("Labels").deepCopy()
                        : JSON.createObjectNode();
        labels.put("org.dydisnix.process-manager", settings.processManager.modelName());
        labels.put(
                "org.dydisnix.processes",
                String.join(",", settings.processes.processes().keySet()));
        return labels;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void deleteQuietly(Path path) {
        if (path == null || !Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder())
                    .forEach(
                            p -> {
                                try {
                                    Files.deleteIfExists(p);
                                } catch (IOException e) {
                                    // best effort
                                }
                            });
        } catch (IOException e) {
            // best effort
        }
    }

    private static final String BASHRC =
            """
            # Interactive shells in the multi-process container (written by dydisnix).
            alias ls='ls --color=auto'
            if [ -n "$PS1" ] && [ "$TERM" != dumb ]; then
              if [ "$(id -u)" -eq 0 ]; then _colour='1;31'; else _colour='1;32'; fi
              PS1="\\[\\033[${_colour}m\\]\\u@\\h:\\w\\$\\[\\033[0m\\] "
              case "$TERM" in
                xterm*|rxvt*) PS1="\\[\\033]0;\\u@\\h: \\w\\007\\]$PS1" ;;
              esac
              unset _colour
            fi
            """;

    /** Collects the settings of a {@link MultiProcessImage}; every setter returns this builder. */
    public static final class Builder {
        private ProcessesModel processes;
        private ProcessManager processManager = ProcessManager.SUPERVISORD;
        private String name;
        private String tag = "latest";
        private Path base;
        private String stateDir = "/var";
        private String runtimeDir;
        private boolean forceDisableUserChange;
        private boolean interactive = true;
        private FailurePolicy onFailure = FailurePolicy.EXIT;
        private Instant creationTime = sourceDateEpoch();
        private Consumer<String> warnings = warning -> {};

        private Builder() {}

        /** The processes model to run. */
        public Builder processes(ProcessesModel processes) {
            this.processes = Objects.requireNonNull(processes, "processes");
            return this;
        }

        /** The process manager (default supervisord). */
        public Builder processManager(ProcessManager processManager) {
            this.processManager = Objects.requireNonNull(processManager, "processManager");
            return this;
        }

        /** The image name, e.g. {@code multiprocess} or {@code registry.example:5000/team/app}. */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** The image tag (default {@code latest}). */
        public Builder tag(String tag) {
            this.tag = Objects.requireNonNull(tag, "tag");
            return this;
        }

        /**
         * The base image: an OCI archive or layout, a docker archive, a root file system tarball or
         * directory.
         */
        public Builder base(Path base) {
            this.base = Objects.requireNonNull(base, "base");
            return this;
        }

        /** The state directory (default {@code /var}). */
        public Builder stateDir(String stateDir) {
            this.stateDir = absolute(stateDir, "state directory");
            return this;
        }

        /** The runtime directory (default {@code <stateDir>/run}). */
        public Builder runtimeDir(String runtimeDir) {
            this.runtimeDir = runtimeDir == null ? null : absolute(runtimeDir, "runtime directory");
            return this;
        }

        /** True to create no accounts and run every process as root. */
        public Builder forceDisableUserChange(boolean forceDisableUserChange) {
            this.forceDisableUserChange = forceDisableUserChange;
            return this;
        }

        /** True (default) to add a {@code /root/.bashrc} with coloured {@code ls} and a prompt. */
        public Builder interactive(boolean interactive) {
            this.interactive = interactive;
            return this;
        }

        /**
         * What the container does when a process fails for good (default {@link
         * FailurePolicy#EXIT}).
         */
        public Builder onFailure(FailurePolicy onFailure) {
            this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
            return this;
        }

        /**
         * The image's creation time and every added file's time (default: SOURCE_DATE_EPOCH, else 1
         * s after the epoch).
         */
        public Builder creationTime(Instant creationTime) {
            this.creationTime =
                    Instant.ofEpochSecond(
                            Objects.requireNonNull(creationTime, "creationTime").getEpochSecond());
            return this;
        }

        /** Receives each warning as it is found (they are also in the {@link BuiltImage}). */
        public Builder warnings(Consumer<String> warnings) {
            this.warnings = Objects.requireNonNull(warnings, "warnings");
            return this;
        }

        /**
         * The image to write.
         *
         * @throws IllegalStateException if the processes, the name or the base are missing
         * @throws IllegalArgumentException if the name or the tag is not a valid image reference
         *     part
         */
        public MultiProcessImage build() {
            if (processes == null || name == null || base == null) {
                throw new IllegalStateException("an image needs processes, a name and a base");
            }
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(
                        "'"
                                + name
                                + "' is not a valid image name (lower case letters, "
                                + "digits and separators)");
            }
            if (!TAG.matcher(tag).matches()) {
                throw new IllegalArgumentException("'" + tag + "' is not a valid image tag");
            }
            return new MultiProcessImage(this);
        }

        private static String absolute(String dir, String what) {
            Objects.requireNonNull(dir, what);
            if (!dir.startsWith("/")
                    || dir.contains("..")
                    || (dir.length() > 1 && dir.endsWith("/"))) {
                throw new IllegalArgumentException(
                        "the " + what + " must be a normal absolute path: " + dir);
            }
            return dir;
        }

        private static Instant sourceDateEpoch() {
            String epoch = System.getenv("SOURCE_DATE_EPOCH");
            if (epoch != null && epoch.matches("[0-9]+")) {
                return Instant.ofEpochSecond(Long.parseLong(epoch));
            }
            return DEFAULT_CREATION_TIME;
        }
    }
}
